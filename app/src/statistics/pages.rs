//! The statistics page: a period form (a plain GET, without JavaScript),
//! each chart drawn on the server as SVG with its table beside it for
//! screen readers, and the CSV of the same period.

use super::*;
use crate::i18n::{t, tr};
use crate::layout::staff::{StaffNotSignedIn, StaffOtherRole};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn StatisticsPageView() -> impl IntoView {
    let query = use_query_map();
    let data = Resource::new(
        move || {
            query.with(|q| {
                (
                    q.get("du").unwrap_or_default(),
                    q.get("au").unwrap_or_default(),
                    q.get("pas").unwrap_or_default(),
                )
            })
        },
        |(du, au, pas)| load_statistics(du, au, pas),
    );
    view! {
        <Title text=t("staff-stats-title")/>
        <section class="container statistics">
            <h1>{t("staff-stats-title")}</h1>
            <Suspense fallback=|| view! { <p>{t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(StatisticsPage::Ready(s)) => view! { <Figures s=*s/> }.into_any(),
                        Ok(StatisticsPage::Refused(role)) => view! { <StaffOtherRole reserved=t("staff-stats-reserved") role/> }.into_any(),
                        Ok(StatisticsPage::NotSignedIn) => view! { <StaffNotSignedIn reserved=t("staff-stats-reserved")/> }.into_any(),
                        Err(e) => view! {
                            <div class="notice notice--error" role="alert"><p>{e.general()}</p></div>
                        }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn percent(part: i64, whole: i64) -> String {
    if whole == 0 {
        "–".into()
    } else {
        tr(
            "staff-stats-percent",
            &[("n", ((part * 100 + whole / 2) / whole).into())],
        )
    }
}

#[component]
fn Figures(s: Statistics) -> impl IntoView {
    let step = s.step;
    let by_time = t(match step {
        Step::Day => "staff-stats-by-day",
        Step::Week => "staff-stats-by-week",
        Step::Month => "staff-stats-by-month",
    });
    view! {
        <form method="get" action=PATH class="period">
            <fieldset>
                <legend>{t("staff-stats-period")}</legend>
                {s.notice.clone().map(|m| view! { <p class="field__error" role="alert">{m}</p> })}
                <div class="period__fields">
                    <div class="field">
                        <label class="field__label" for="du">{t("staff-stats-from")}</label>
                        <input class="field__input" type="date" id="du" name="du" value=s.from.clone()/>
                    </div>
                    <div class="field">
                        <label class="field__label" for="au">{t("staff-stats-to")}</label>
                        <input class="field__input" type="date" id="au" name="au" value=s.to.clone()/>
                    </div>
                    <div class="field">
                        <label class="field__label" for="pas">{t("staff-stats-step")}</label>
                        <select class="field__input" id="pas" name="pas">
                            {Step::ALL.iter().map(|st| view! {
                                <option value=st.code() selected=*st == step>{st.label()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                </div>
                <button type="submit" class="button">{t("staff-stats-show")}</button>
            </fieldset>
        </form>

        <h2>{t("staff-stats-summary")}</h2>
        <dl class="summary">
            <dt>{t("staff-stats-created")}</dt><dd>{s.total.created}</dd>
            <dt>{t("staff-stats-fed-by-professional")}</dt>
            <dd>{format!("{} ({})", s.total.fed, percent(s.total.fed, s.total.created))}</dd>
            <dt>{t("staff-stats-fed-by-insurer")}</dt>
            <dd>{format!("{} ({})", s.fed_by_insurer, percent(s.fed_by_insurer, s.total.created))}</dd>
        </dl>
        <p>
            <a class="button button--secondary" href=s.csv.clone() rel="external" download>
                {t("staff-stats-csv")}
            </a>
        </p>
        <p class="field__hint">{t("staff-stats-hint")}</p>

        <Chart id="temps" title=by_time first=t("staff-stats-period") bars=s.by_time columns=true/>
        <Chart id="canal" title=t("staff-stats-by-channel") first=t("staff-stats-channel") bars=s.by_channel columns=false/>
        <Chart id="departement" title=t("staff-stats-by-department") first=t("staff-stats-department") bars=s.by_department columns=false/>

        <h2>{t("staff-stats-funnel")}</h2>
        <div class="table-scroll">
            <table class="figures">
                <caption>{t("staff-stats-funnel-caption")}</caption>
                <thead><tr>
                    <th scope="col">{t("staff-stats-channel")}</th>
                    <th scope="col">{t("staff-stats-funnel-started")}</th>
                    <th scope="col">{t("staff-stats-funnel-identified")}</th>
                    <th scope="col">{t("staff-stats-created")}</th>
                    <th scope="col">{t("staff-stats-funnel-abandoned")}</th>
                    <th scope="col">{t("staff-stats-funnel-expired")}</th>
                </tr></thead>
                <tbody>
                    {s.funnel.into_iter().map(|f| view! {
                        <tr>
                            <th scope="row">{f.channel}</th>
                            <td>{f.started}</td><td>{f.identified}</td><td>{f.created}</td>
                            <td>{f.abandoned}</td><td>{f.expired}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// A chart and its table. Each bar is the DMPs created; its darker part
/// those fed by a professional. Columns for time, horizontal bars else.
#[component]
fn Chart(
    id: &'static str,
    title: String,
    #[prop(into)] first: String,
    bars: Vec<Bar>,
    columns: bool,
) -> impl IntoView {
    let max = bars.iter().map(|b| b.created).max().unwrap_or(0).max(1) as f64;
    let total: i64 = bars.iter().map(|b| b.created).sum();
    let heading = format!("{id}-titre");
    let description = tr(
        "staff-stats-chart-description",
        &[
            ("title", title.as_str().into()),
            ("total", total.to_string().into()),
        ],
    );
    let svg = if columns {
        const W: f64 = 640.0;
        const H: f64 = 220.0;
        const TOP: f64 = 20.0;
        const BOTTOM: f64 = 40.0;
        let n = bars.len().max(1) as f64;
        let slot = (W - 20.0) / n;
        // A label every few columns, short: the table names each one in full.
        let every = bars.len().div_ceil(6).max(1);
        // « sem. du 30 nov. » says « 30 nov. » under its column.
        let week_of = format!("{} ", t("staff-stats-week-of"));
        let plot = H - TOP - BOTTOM;
        let items = bars
            .iter()
            .enumerate()
            .map(|(i, b)| {
                let x = 10.0 + i as f64 * slot + slot * 0.1;
                let w = (slot * 0.8).max(1.0);
                let h = plot * b.created as f64 / max;
                let hf = plot * b.fed as f64 / max;
                let label = (i % every == 0).then(|| {
                    view! {
                        <text x=format!("{:.1}", x + w / 2.0) y=format!("{:.1}", H - BOTTOM + 16.0)
                            text-anchor="middle" class="chart__label">{b.label.trim_start_matches(week_of.as_str()).to_string()}</text>
                    }
                });
                view! {
                    <rect class="chart__created" x=format!("{x:.1}") y=format!("{:.1}", TOP + plot - h)
                        width=format!("{w:.1}") height=format!("{h:.1}")/>
                    <rect class="chart__fed" x=format!("{x:.1}") y=format!("{:.1}", TOP + plot - hf)
                        width=format!("{w:.1}") height=format!("{hf:.1}")/>
                    {label}
                }
            })
            .collect_view();
        view! {
            <svg class="chart" viewBox=format!("0 0 {W} {H}") role="img" aria-label=description.clone()>
                <line class="chart__axis" x1="10" x2=format!("{}", W - 10.0)
                    y1=format!("{}", TOP + plot) y2=format!("{}", TOP + plot)/>
                <text x="10" y="12" class="chart__label">{tr("staff-stats-max", &[("n", (max as i64).to_string().into())])}</text>
                {items}
            </svg>
        }
        .into_any()
    } else {
        const W: f64 = 640.0;
        const ROW: f64 = 26.0;
        const LEFT: f64 = 230.0;
        let h = ROW * bars.len().max(1) as f64 + 8.0;
        let items = bars
            .iter()
            .enumerate()
            .map(|(i, b)| {
                let y = 4.0 + i as f64 * ROW;
                let w = (W - LEFT - 60.0) * b.created as f64 / max;
                let wf = (W - LEFT - 60.0) * b.fed as f64 / max;
                let label: String = b.label.chars().take(34).collect();
                view! {
                    <text x="0" y=format!("{:.1}", y + 16.0) class="chart__label">{label}</text>
                    <rect class="chart__created" x=LEFT y=format!("{y:.1}") width=format!("{w:.1}") height="20"/>
                    <rect class="chart__fed" x=LEFT y=format!("{y:.1}") width=format!("{wf:.1}") height="20"/>
                    <text x=format!("{:.1}", LEFT + w + 6.0) y=format!("{:.1}", y + 16.0) class="chart__label">{b.created}</text>
                }
            })
            .collect_view();
        view! {
            <svg class="chart" viewBox=format!("0 0 {W} {h}") role="img" aria-label=description.clone()>
                {items}
            </svg>
        }
        .into_any()
    };
    view! {
        <h2 id=heading>{title.clone()}</h2>
        <p class="chart__legend" aria-hidden="true">
            <span class="chart__key chart__key--created"></span>" "{t("staff-stats-legend-created")}" "
            <span class="chart__key chart__key--fed"></span>" "{t("staff-stats-legend-fed")}
        </p>
        {svg}
        <div class="table-scroll">
            <table class="figures">
                <caption>{title}</caption>
                <thead><tr>
                    <th scope="col">{first}</th>
                    <th scope="col">{t("staff-stats-created")}</th>
                    <th scope="col">{t("staff-stats-fed")}</th>
                    <th scope="col">{t("staff-stats-fed-share")}</th>
                </tr></thead>
                <tbody>
                    {bars.into_iter().map(|b| view! {
                        <tr>
                            <th scope="row">{b.label}</th>
                            <td>{b.created}</td>
                            <td>{b.fed}</td>
                            <td>{percent(b.fed, b.created)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
