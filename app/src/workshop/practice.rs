//! Practice mode (issue 16): a workshop's fictitious people, each on a
//! printed card. A participant types their card's code on `/entrainement`
//! (any device: the room's or their own phone); the portal then remembers
//! the card (a signed cookie), creation finds that workshop's people only,
//! every page says that nothing is real, and the card's page shows the
//! messages the portal « sent » them: their one-time codes never leave, and
//! never appear in a shared outbox.

use crate::error::PortalError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use crate::paths::PRACTICE_PATH as PATH;

/// A message the portal kept for the card instead of sending it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kept {
    /// « E-mail », « SMS » or « Courrier ».
    pub channel: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    /// « 14:32 ».
    pub at: String,
    /// A letter's PDF, to read on the card's page (its address).
    pub letter: Option<String>,
}

/// The card, as its page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardView {
    pub number: i32,
    pub workshop: String,
    pub full_name: String,
    /// Spaced as on the card: « 1 85 05 78 006 084 36 ».
    pub nir: String,
    pub card_type: String,
    pub serial: String,
    /// « K7QP-3MZD-2XRT ».
    pub creation_code: String,
    pub has_record: bool,
    pub messages: Vec<Kept>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PracticePage {
    /// No card on this device: the form asks for its code.
    NoCard,
    Card(CardView),
}

#[server(endpoint = "entrainement/etat")]
pub async fn load_practice() -> Result<PracticePage, PortalError> {
    let (pool, services, visit) = crate::session::http::context(crate::session::practice::COOKIE)?;
    crate::http::no_store();
    let mut conn = pool.acquire().await.map_err(crate::http::unavailable)?;
    let card = crate::session::practice::card(&mut conn, &services.key, visit.practice.as_deref())
        .await
        .map_err(crate::http::unavailable)?;
    let Some(card) = card else {
        return Ok(PracticePage::NoCard);
    };
    store::card_view(&mut conn, &card)
        .await
        .map(PracticePage::Card)
        .map_err(crate::http::unavailable)
}

/// « Commencer l'entraînement » with the card's code.
#[server(endpoint = "entrainement/entrer")]
pub async fn enter_practice(card_code: String) -> Result<(), PortalError> {
    use crate::domain::creation_code::CreationCode;
    use crate::forms::fields::{Field, FieldError};
    use crate::messages::Text;
    let (pool, services, _) = crate::session::http::context(crate::session::practice::COOKIE)?;
    let wrong = || {
        PortalError::Invalid(vec![FieldError {
            field: Field::PracticeCard,
            message: Text::PracticeCardCode.into(),
        }])
    };
    let code = CreationCode::parse(&card_code).map_err(|_| wrong())?;
    let id: Option<i64> =
        sqlx::query_scalar("SELECT id FROM practice_card WHERE card_code_hash = $1")
            .bind(card_code_hash(&services.key, &code).as_slice())
            .fetch_optional(&pool)
            .await
            .map_err(crate::http::unavailable)?;
    let id = id.ok_or_else(wrong)?;
    switch_cards(
        &services,
        Some(&crate::session::practice::token(&services.key, id)),
    );
    leptos_axum::redirect(PATH);
    Ok(())
}

/// « Quitter l'entraînement »: this device forgets the card.
#[server(endpoint = "entrainement/quitter")]
pub async fn leave_practice() -> Result<(), PortalError> {
    let (_, services, _) = crate::session::http::context(crate::session::practice::COOKIE)?;
    switch_cards(&services, None);
    leptos_axum::redirect(PATH);
    Ok(())
}

/// Sets or clears the card, and ends what the device had begun under the
/// other one (a creation, a signed-in record): practice and real never mix.
#[cfg(feature = "ssr")]
fn switch_cards(services: &crate::services::Services, token: Option<&str>) {
    let secure = services.secure_cookies();
    crate::http::set_cookie(&crate::http::cookie(
        crate::session::practice::COOKIE,
        token,
        // The day of the workshop.
        token.map(|_| 12 * 3600),
        secure,
    ));
    for other in [
        crate::session::CREATION_COOKIE,
        crate::session::patient::COOKIE,
    ] {
        crate::http::set_cookie(&crate::http::cookie(other, None, None, secure));
    }
}

/// The card's own code, as its page looks it up.
#[cfg(feature = "ssr")]
pub fn card_code_hash(key: &[u8], code: &crate::domain::creation_code::CreationCode) -> [u8; 32] {
    crate::secret::keyed_hash(key, &format!("practice-card\n{}", code.as_str()))
}

#[cfg(feature = "ssr")]
pub mod store {
    use super::{CardView, Kept};
    use crate::i18n::t;
    use crate::session::practice::Card;
    use chrono::{DateTime, NaiveDate, Utc};
    use sqlx::{PgConnection, PgPool};

    /// A practice card with its person, their Carte Vitale and the workshop.
    const CARDS: &str = "practice_card pc JOIN beneficiary b ON b.id = pc.beneficiary_id \
        JOIN vitale_card v ON v.holder_id = b.id JOIN workshop w ON w.id = pc.workshop_id";

    type CardRow = (
        String,
        String,
        String,
        String,
        String,
        String,
        NaiveDate,
        String,
        bool,
    );

    pub async fn card_view(conn: &mut PgConnection, card: &Card) -> Result<CardView, sqlx::Error> {
        let (first_names, birth_name, nir, card_type, serial, code, held_on, place, has_record): CardRow =
            sqlx::query_as(
                &format!(
                    "SELECT b.first_names, b.birth_name, b.nir, v.card_type, v.serial, \
                     pc.creation_code, w.held_on, w.place, \
                     EXISTS (SELECT 1 FROM dmp d WHERE d.beneficiary_id = b.id) \
                     FROM {CARDS} WHERE pc.id = $1"
                ),
            )
            .bind(card.id)
            .fetch_one(&mut *conn)
            .await?;
        type Row = (i64, String, String, String, String, String, bool);
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT id, channel, recipient, subject, body, \
             to_char(created_at AT TIME ZONE 'Europe/Paris', 'HH24:MI'), attachment IS NOT NULL \
             FROM outbox WHERE practice_card_id = $1 ORDER BY id DESC LIMIT 20",
        )
        .bind(card.id)
        .fetch_all(&mut *conn)
        .await?;
        let messages = rows
            .into_iter()
            .map(
                |(id, channel, recipient, subject, body, at, attached)| Kept {
                    channel: t(match channel.as_str() {
                        "email" => "workshop-practice-channel-email",
                        "sms" => "workshop-practice-channel-sms",
                        _ => "workshop-practice-channel-letter",
                    }),
                    recipient,
                    subject,
                    body,
                    at,
                    letter: attached.then(|| letter_path(id)),
                },
            )
            .collect();
        Ok(CardView {
            number: card.number,
            workshop: format!(
                "{} — {}",
                crate::domain::fmt::date_in(crate::i18n::locale().lang, held_on),
                place
            ),
            full_name: format!("{first_names} {birth_name}"),
            nir: spaced_nir(&nir),
            card_type: t(card_type_key(&card_type)),
            serial,
            creation_code: display_code(&code),
            has_record,
            messages,
        })
    }

    /// The catalogue's key naming the kind of Carte Vitale stored as `code`.
    fn card_type_key(code: &str) -> &'static str {
        use crate::domain::vitale::CardType;
        match CardType::from_code(code).unwrap_or(CardType::WithoutPhoto) {
            CardType::WithPhoto => "workshop-practice-card-with-photo",
            CardType::WithoutPhoto => "workshop-practice-card-without-photo",
        }
    }

    /// « 1 85 05 78 006 084 36 », as printed on a Carte Vitale.
    pub fn spaced_nir(nir: &str) -> String {
        let parts = [(0, 1), (1, 3), (3, 5), (5, 7), (7, 10), (10, 13), (13, 15)];
        parts
            .iter()
            .filter_map(|&(a, b)| nir.get(a..b))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Where a kept letter is read: for its own card only (server/src/routes/workshop.rs).
    pub fn letter_path(message_id: i64) -> String {
        format!("{}/lettre/{message_id}", super::PATH)
    }

    /// [`letter_path`] as the router matches it.
    pub fn letter_path_pattern() -> String {
        format!("{}/lettre/{{id}}", super::PATH)
    }

    /// A kept letter's PDF, if the message is this card's and has one.
    pub async fn letter(
        conn: &mut PgConnection,
        card: &Card,
        message_id: i64,
    ) -> Result<Option<Vec<u8>>, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT attachment FROM outbox WHERE id = $1 AND practice_card_id = $2 \
             AND attachment IS NOT NULL",
        )
        .bind(message_id)
        .bind(card.id)
        .fetch_optional(conn)
        .await
    }

    fn display_code(code: &str) -> String {
        crate::domain::creation_code::CreationCode::parse(code)
            .map(|c| c.display())
            .unwrap_or_else(|_| code.to_string())
    }

    /// The practice cards of a workshop, two to an A4 page in large type,
    /// for its facilitator, in `lang`. `None`: not theirs, or no card.
    pub async fn cards_pdf(
        pool: &PgPool,
        facilitator_id: i64,
        workshop_id: i64,
        site: &str,
        lang: crate::i18n::Lang,
    ) -> Result<Option<Vec<u8>>, sqlx::Error> {
        type Row = (
            i32,
            String,
            String,
            String,
            String,
            String,
            String,
            String,
            NaiveDate,
            String,
        );
        let rows: Vec<Row> = sqlx::query_as(&format!(
            "SELECT pc.number, b.first_names, b.birth_name, b.nir, v.card_type, v.serial, \
             pc.creation_code, pc.card_code, w.held_on, w.place \
             FROM {CARDS} WHERE pc.workshop_id = $1 AND w.facilitator_id = $2 ORDER BY pc.number"
        ))
        .bind(workshop_id)
        .bind(facilitator_id)
        .fetch_all(pool)
        .await?;
        if rows.is_empty() {
            return Ok(None);
        }
        let site = site.to_string();
        let pdf = tokio::task::spawn_blocking(move || {
            use crate::i18n::text_in;
            use crate::pdf::{render_in, Block};
            let t = |key: &str| text_in(lang, key, &[]);
            let mut blocks = Vec::new();
            for (
                i,
                (number, first, birth, nir, card_type, serial, code, card_code, held_on, place),
            ) in rows.into_iter().enumerate()
            {
                if i > 0 && i % 2 == 0 {
                    blocks.push(Block::PageBreak);
                } else if i % 2 == 1 {
                    blocks.push(Block::Space(10.0));
                    blocks.push(Block::Paragraph(
                        "- - - - - - - - - - - - - - - - ✂ - - - - - - - - - - - - - - - -".into(),
                    ));
                    blocks.push(Block::Space(6.0));
                }
                blocks.push(Block::Title(text_in(
                    lang,
                    "workshop-practice-pdf-title",
                    &[("number", i64::from(number).into())],
                )));
                blocks.push(Block::Paragraph(text_in(
                    lang,
                    "workshop-practice-pdf-workshop",
                    &[
                        ("date", crate::domain::fmt::date_in(lang, held_on).into()),
                        ("place", place.into()),
                    ],
                )));
                blocks.push(Block::Large(
                    text_in(
                        lang,
                        "workshop-practice-pdf-where",
                        &[("address", format!("{site}{}", super::PATH).into())],
                    ),
                    display_code(&card_code),
                ));
                blocks.push(Block::Large(
                    t("workshop-practice-name"),
                    format!("{first} {birth}"),
                ));
                blocks.push(Block::Large(t("workshop-practice-nir"), spaced_nir(&nir)));
                blocks.push(Block::Large(
                    text_in(
                        lang,
                        "workshop-practice-pdf-serial",
                        &[("card", t(card_type_key(&card_type)).into())],
                    ),
                    serial,
                ));
                blocks.push(Block::Large(
                    t("workshop-practice-creation-code"),
                    display_code(&code),
                ));
            }
            render_in(lang.code(), &t("workshop-practice-pdf-meta"), &blocks)
        })
        .await
        .map_err(|e| sqlx::Error::Protocol(format!("PDF: {e}")))?;
        Ok(Some(pdf))
    }

    /// Destroys a workshop's practice people and everything of theirs:
    /// their records (as the ten-year purge would), their kept messages,
    /// cards, codes, reimbursements and registry rows. Returns how many
    /// people. Safe to run again.
    pub async fn destroy(
        pool: &PgPool,
        workshop_id: i64,
        now: DateTime<Utc>,
    ) -> Result<u64, sqlx::Error> {
        let mut tx = pool.begin().await?;
        sqlx::query("SELECT 1 FROM workshop WHERE id = $1 FOR UPDATE")
            .bind(workshop_id)
            .fetch_optional(&mut *tx)
            .await?;
        let people: Vec<i64> =
            sqlx::query_scalar("SELECT id FROM beneficiary WHERE practice_workshop_id = $1")
                .bind(workshop_id)
                .fetch_all(&mut *tx)
                .await?;
        let records: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM dmp WHERE beneficiary_id = ANY($1) ORDER BY id FOR UPDATE",
        )
        .bind(&people)
        .fetch_all(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE workshop SET practice_cards_made = practice_cards_made + $2, \
             practice_records_opened = practice_records_opened + $3 WHERE id = $1",
        )
        .bind(workshop_id)
        .bind(people.len() as i32)
        .bind(records.len() as i32)
        .execute(&mut *tx)
        .await?;
        crate::retention::destroy(&mut tx, &records).await?;
        sqlx::query(
            "DELETE FROM creation_session WHERE beneficiary_id = ANY($1) \
             OR practice_card_id IN (SELECT id FROM practice_card WHERE workshop_id = $2)",
        )
        .bind(&people)
        .bind(workshop_id)
        .execute(&mut *tx)
        .await?;
        // Kept messages and documents go with their card.
        sqlx::query("DELETE FROM practice_card WHERE workshop_id = $1")
            .bind(workshop_id)
            .execute(&mut *tx)
            .await?;
        for table in crate::registry::REIMBURSEMENT_TABLES {
            sqlx::query(&format!(
                "DELETE FROM {table} WHERE beneficiary_id = ANY($1)"
            ))
            .bind(&people)
            .execute(&mut *tx)
            .await?;
        }
        for sql in [
            "DELETE FROM creation_code WHERE beneficiary_id = ANY($1)",
            "DELETE FROM vitale_card_beneficiary WHERE beneficiary_id = ANY($1)",
            "DELETE FROM vitale_card WHERE holder_id = ANY($1)",
            "DELETE FROM beneficiary WHERE id = ANY($1)",
        ] {
            sqlx::query(sql).bind(&people).execute(&mut *tx).await?;
        }
        sqlx::query("UPDATE workshop SET practice_purged_at = $2 WHERE id = $1")
            .bind(workshop_id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(people.len() as u64)
    }

    /// The workshops whose practice is over: ended, or held before today.
    pub async fn finished(pool: &PgPool, now: DateTime<Utc>) -> Result<Vec<i64>, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT DISTINCT w.id FROM workshop w JOIN practice_card pc ON pc.workshop_id = w.id \
             WHERE w.ended_at IS NOT NULL OR w.held_on < ($1 AT TIME ZONE 'Europe/Paris')::date \
             ORDER BY w.id",
        )
        .bind(now)
        .fetch_all(pool)
        .await
    }
}

pub mod pages {
    use super::*;
    use crate::forms::fields::{Field, FieldError};
    use crate::forms::ui::{track_errors, ErrorSummary, GeneralErrors, TextField};
    use crate::i18n::{t, tr};
    use crate::paths::{SIGN_IN_PATH, STEP1_PATH};
    use leptos_meta::Title;

    #[component]
    pub fn PracticePageView() -> impl IntoView {
        let enter = ServerAction::<EnterPractice>::new();
        let leave = ServerAction::<LeavePractice>::new();
        let state = Resource::new(
            move || (enter.version().get(), leave.version().get()),
            |_| load_practice(),
        );
        view! {
            <Title text=t("workshop-practice-title")/>
            <section class="container">
                <h1>{t("workshop-practice-title")}</h1>
                <Suspense fallback=|| view! { <p>{t("forms-loading")}</p> }>
                    {move || Suspend::new(async move {
                        match state.await {
                            Ok(PracticePage::NoCard) => view! { <EnterCard action=enter/> }.into_any(),
                            Ok(PracticePage::Card(card)) => view! { <CardPage card leave/> }.into_any(),
                            Err(e) => view! {
                                <div class="notice notice--error" role="alert"><p>{e.general()}</p></div>
                            }.into_any(),
                        }
                    })}
                </Suspense>
            </section>
        }
    }

    #[component]
    fn EnterCard(action: ServerAction<EnterPractice>) -> impl IntoView {
        let errors = RwSignal::new(Vec::<FieldError>::new());
        let general = RwSignal::new(Vec::new());
        track_errors(action.value(), &[Field::PracticeCard], errors, general);
        view! {
            <p>{t("workshop-practice-intro")}</p>
            <ActionForm action attr:novalidate=true>
                <ErrorSummary errors/>
                <TextField field=Field::PracticeCard name="card_code" label=t("workshop-practice-code")
                    hint=t("workshop-practice-code-hint")
                    required=true value=RwSignal::new(String::new()) errors maxlength=20/>
                <GeneralErrors messages=general/>
                <div class="actions">
                    <button type="submit" class="button button--large">{t("workshop-practice-start")}</button>
                </div>
            </ActionForm>
        }
    }

    #[component]
    fn CardPage(card: CardView, leave: ServerAction<LeavePractice>) -> impl IntoView {
        let next = if card.has_record {
            view! {
                <p>{t("workshop-practice-record-open")}</p>
                <p><a href=SIGN_IN_PATH class="button button--large">{t("workshop-practice-sign-in")}</a></p>
            }
            .into_any()
        } else {
            view! {
                <p>{t("workshop-practice-create-text")}</p>
                <p><a href=STEP1_PATH class="button button--large">{t("workshop-practice-create")}</a></p>
            }
            .into_any()
        };
        let messages = card.messages;
        view! {
            <div class="notice" role="status">
                <p><strong>{tr("workshop-practice-card-number", &[("number", i64::from(card.number).into())])}</strong> " " {t("workshop-practice-fictitious")}</p>
                <p>{tr("workshop-of", &[("workshop", card.workshop.into())])}</p>
            </div>
            <dl class="identity__list">
                <dt>{t("workshop-practice-name")}</dt><dd>{card.full_name}</dd>
                <dt>{t("workshop-practice-nir")}</dt><dd>{card.nir}</dd>
                <dt>{card.card_type}</dt><dd>{card.serial}</dd>
                <dt>{t("workshop-practice-creation-code")}</dt><dd>{card.creation_code}</dd>
            </dl>
            {next}
            <h2>{t("workshop-practice-messages")}</h2>
            <p>{t("workshop-practice-messages-intro")}</p>
            <p><a href=PATH>{t("workshop-practice-refresh")}</a></p>
            {if messages.is_empty() {
                view! { <p>{t("workshop-practice-no-message")}</p> }.into_any()
            } else {
                view! {
                    <ol class="outbox">
                        {messages.into_iter().map(|m| view! {
                            <li class="outbox__message">
                                <h3 class="outbox__subject">{m.subject}</h3>
                                <p class="outbox__meta">
                                    {format!("{} · {} · ", m.channel, m.at)}
                                    <span class="outbox__recipient">{m.recipient}</span>
                                </p>
                                <pre class="outbox__body">{m.body}</pre>
                                {m.letter.map(|href| view! {
                                    <p><a href=href>{t("workshop-practice-letter")}</a></p>
                                })}
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
            <ActionForm action=leave>
                <button type="submit" class="button button--secondary">{t("workshop-practice-leave")}</button>
            </ActionForm>
        }
    }
}
