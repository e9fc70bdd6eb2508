//! The period and its columns, the CSV's rows and the page's sums: the
//! statistics' rules, on the server only (dates are chrono's).

use super::*;
use chrono::{Datelike, Duration, NaiveDate};

impl Step {
    /// The first day of the column `day` falls in (weeks start on Monday).
    pub fn start(self, day: NaiveDate) -> NaiveDate {
        match self {
            Step::Day => day,
            Step::Week => day - Duration::days(day.weekday().num_days_from_monday() as i64),
            Step::Month => day.with_day(1).unwrap_or(day),
        }
    }

    fn next(self, start: NaiveDate) -> NaiveDate {
        match self {
            Step::Day => start + Duration::days(1),
            Step::Week => start + Duration::days(7),
            Step::Month => {
                let (y, m) = if start.month() == 12 {
                    (start.year() + 1, 1)
                } else {
                    (start.year(), start.month() + 1)
                };
                NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(start)
            }
        }
    }

    /// The column's name: « 5 déc. », « sem. du 30 nov. », « déc. 2026 »
    /// (in the reader's language; the chart drops « sem. du » under its
    /// column).
    pub fn name(self, start: NaiveDate) -> String {
        const MONTHS: [&str; 12] = [
            "staff-stats-month-1",
            "staff-stats-month-2",
            "staff-stats-month-3",
            "staff-stats-month-4",
            "staff-stats-month-5",
            "staff-stats-month-6",
            "staff-stats-month-7",
            "staff-stats-month-8",
            "staff-stats-month-9",
            "staff-stats-month-10",
            "staff-stats-month-11",
            "staff-stats-month-12",
        ];
        let month = crate::i18n::t(MONTHS[start.month0() as usize]);
        match self {
            Step::Day => format!("{} {month}", start.day()),
            Step::Week => format!(
                "{} {} {month}",
                crate::i18n::t("staff-stats-week-of"),
                start.day()
            ),
            Step::Month => format!("{month} {}", start.year()),
        }
    }
}

/// The period asked for, from the address (`du`, `au`, `pas`), each part
/// checked; a wrong part is replaced by its default and said.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub step: Step,
}

impl Period {
    pub fn parse(du: &str, au: &str, pas: &str, today: NaiveDate) -> (Period, Option<String>) {
        let date = |s: &str| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok();
        let mut notice = None;
        let to = match au.trim() {
            "" => today,
            s => date(s).unwrap_or_else(|| {
                notice = Some(crate::i18n::t("staff-stats-notice-end"));
                today
            }),
        };
        let mut from = match du.trim() {
            "" => to - Duration::days(DEFAULT_DAYS - 1),
            s => date(s).unwrap_or_else(|| {
                notice = Some(crate::i18n::tr(
                    "staff-stats-notice-start",
                    &[("n", DEFAULT_DAYS.into())],
                ));
                to - Duration::days(DEFAULT_DAYS - 1)
            }),
        };
        if from > to {
            notice = Some(crate::i18n::tr(
                "staff-stats-notice-order",
                &[("n", DEFAULT_DAYS.into())],
            ));
            from = to - Duration::days(DEFAULT_DAYS - 1);
        }
        if (to - from).num_days() >= MAX_DAYS {
            notice = Some(crate::i18n::t("staff-stats-notice-too-long"));
            from = to - Duration::days(MAX_DAYS - 1);
        }
        let step = Step::ALL
            .into_iter()
            .find(|s| s.code() == pas.trim())
            .unwrap_or(if (to - from).num_days() > 200 {
                Step::Month
            } else {
                Step::Week
            });
        (Period { from, to, step }, notice)
    }

    /// Every column of the period, empty ones too: a chart shows the days
    /// without creations as such.
    pub fn columns(&self) -> Vec<NaiveDate> {
        let mut columns = Vec::new();
        let mut c = self.step.start(self.from);
        while c <= self.to {
            columns.push(c);
            c = self.step.next(c);
        }
        columns
    }
}

/// One row of the CSV: DMPs created on a day, in a department, by a
/// channel, and how many of them were fed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    pub day: NaiveDate,
    /// « 49 », « 2A », « 971 ».
    pub department: String,
    pub channel: String,
    pub created: i64,
    /// With at least one document from a professional.
    pub fed: i64,
    /// With reimbursement data from the insurer.
    pub fed_by_insurer: i64,
}

pub const CSV_HEADER: &str = "jour,departement,canal,crees,alimentes,alimentes_assurance_maladie";

/// The CSV (RFC 4180, comma-separated, `\r\n`): only codes and numbers.
pub fn csv(lines: &[Line]) -> String {
    let mut out = String::with_capacity(64 * (lines.len() + 1));
    out.push_str(CSV_HEADER);
    out.push_str("\r\n");
    for l in lines {
        out.push_str(&format!(
            "{},{},{},{},{},{}\r\n",
            l.day, l.department, l.channel, l.created, l.fed, l.fed_by_insurer
        ));
    }
    out
}

impl Statistics {
    /// The page's figures from the CSV's rows.
    pub fn new(
        period: &Period,
        notice: Option<String>,
        lines: &[Line],
        departments: &[(String, String)],
        funnel: Vec<Funnel>,
    ) -> Self {
        let sum = |keep: &dyn Fn(&Line) -> bool, label: String| Bar {
            label,
            created: lines.iter().filter(|l| keep(l)).map(|l| l.created).sum(),
            fed: lines.iter().filter(|l| keep(l)).map(|l| l.fed).sum(),
        };
        let by_time = period
            .columns()
            .into_iter()
            .map(|c| sum(&|l| period.step.start(l.day) == c, period.step.name(c)))
            .collect();
        let by_channel = CHANNELS
            .iter()
            .map(|(code, key)| sum(&|l| l.channel == *code, crate::i18n::t(key)))
            .collect();
        let mut seen: Vec<&str> = lines.iter().map(|l| l.department.as_str()).collect();
        seen.sort_unstable();
        seen.dedup();
        let by_department = seen
            .into_iter()
            .map(|d| {
                let name = departments
                    .iter()
                    .find(|(code, _)| code == d)
                    .map(|(_, n)| format!("{d} – {n}"))
                    .unwrap_or_else(|| d.to_string());
                sum(&|l| l.department == d, name)
            })
            .collect();
        let (from, to) = (period.from.to_string(), period.to.to_string());
        Statistics {
            csv: format!("{CSV_PATH}?du={from}&au={to}"),
            from,
            to,
            step: period.step,
            notice,
            total: sum(&|_| true, "Total".into()),
            fed_by_insurer: lines.iter().map(|l| l.fed_by_insurer).sum(),
            by_time,
            by_channel,
            by_department,
            funnel,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statistics::Bar;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_period_is_read_from_the_address_and_a_wrong_part_replaced_and_said() {
        let today = d("2026-12-05");
        let (p, notice) = Period::parse("", "", "", today);
        assert_eq!((p.from, p.to, p.step), (d("2026-08-08"), today, Step::Week));
        assert!(notice.is_none());
        let (p, notice) = Period::parse("2026-11-01", "2026-11-30", "jour", today);
        assert_eq!(
            (p.from, p.to, p.step),
            (d("2026-11-01"), d("2026-11-30"), Step::Day)
        );
        assert!(notice.is_none());
        let (p, notice) = Period::parse("<script>", "2026-11-30", "mois", today);
        assert_eq!(p.from, d("2026-08-03"));
        assert!(notice.unwrap().contains("date de début"));
        let (p, notice) = Period::parse("2020-01-01", "2026-11-30", "", today);
        assert_eq!((p.to - p.from).num_days(), MAX_DAYS - 1);
        assert_eq!(p.step, Step::Month);
        assert!(notice.unwrap().contains("trois ans"));
    }

    #[test]
    fn columns_cover_the_period_and_name_themselves_in_french() {
        let (p, _) = Period::parse("2026-11-25", "2026-12-05", "semaine", d("2026-12-05"));
        let columns = p.columns();
        assert_eq!(columns, [d("2026-11-23"), d("2026-11-30")]);
        assert_eq!(Step::Week.name(columns[0]), "sem. du 23 nov.");
        assert_eq!(Step::Month.name(d("2026-12-01")), "déc. 2026");
        let (p, _) = Period::parse("2026-10-15", "2027-01-02", "mois", d("2027-01-02"));
        assert_eq!(p.columns().len(), 4);
    }

    #[test]
    fn the_figures_add_up_by_time_channel_and_department_and_the_csv_holds_codes_only() {
        let (p, _) = Period::parse("2026-12-01", "2026-12-05", "jour", d("2026-12-05"));
        let line = |day: &str, department: &str, channel: &str, created, fed| Line {
            day: d(day),
            department: department.into(),
            channel: channel.into(),
            created,
            fed,
            fed_by_insurer: created,
        };
        let lines = [
            line("2026-12-01", "49", "web", 3, 1),
            line("2026-12-01", "49", "guichet", 2, 0),
            line("2026-12-04", "2A", "web", 1, 1),
        ];
        let s = Statistics::new(
            &p,
            None,
            &lines,
            &[("49".into(), "CPAM Maine-et-Loire".into())],
            vec![],
        );
        assert_eq!((s.total.created, s.total.fed, s.fed_by_insurer), (6, 2, 6));
        let days: Vec<i64> = s.by_time.iter().map(|b| b.created).collect();
        assert_eq!(days, [5, 0, 0, 1, 0]);
        assert_eq!(
            s.by_channel[0],
            Bar {
                label: "Internet".into(),
                created: 4,
                fed: 2
            }
        );
        assert_eq!(s.by_channel[2].created, 2);
        assert_eq!(s.by_department[0].label, "2A");
        assert_eq!(s.by_department[1].label, "49 – CPAM Maine-et-Loire");
        assert_eq!(
            s.csv,
            "/statistiques/creations.csv?du=2026-12-01&au=2026-12-05"
        );
        let text = csv(&lines);
        assert_eq!(
            text.lines().collect::<Vec<_>>(),
            [
                CSV_HEADER,
                "2026-12-01,49,web,3,1,3",
                "2026-12-01,49,guichet,2,0,2",
                "2026-12-04,2A,web,1,1,1"
            ]
        );
    }
}
