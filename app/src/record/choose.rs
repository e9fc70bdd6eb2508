//! « Choisir un dossier »: an account that reads several records (its own,
//! and those of the minors it represents) chooses the one to open. The
//! record's home then says whose record it is, and in which role.

use crate::error::PortalError;
use crate::i18n::{t, tr};
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

pub use crate::paths::CHOOSE_PATH as PATH;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub dmp_id: i64,
    /// « Emma JEAN-BAPTISTE ».
    pub name: String,
    pub representative: bool,
    pub current: bool,
}

#[cfg(feature = "ssr")]
async fn choices(
    conn: &mut sqlx::PgConnection,
    session: &crate::session::patient::PatientSession,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<Choice>, sqlx::Error> {
    use crate::session::patient::{records, Role};
    let mut out = Vec::new();
    for (dmp_id, role) in records(conn, session.account_id, now).await? {
        let name = crate::registry::holder_name(conn, dmp_id).await?;
        out.push(Choice {
            dmp_id,
            name,
            representative: role == Role::Representative,
            current: dmp_id == session.dmp_id,
        });
    }
    Ok(out)
}

/// `None` when nobody is signed in.
#[server(endpoint = "dmp/dossiers")]
pub async fn load_choices() -> Result<Option<Vec<Choice>>, PortalError> {
    let Some((pool, now, session)) = super::open_record().await? else {
        return Ok(None);
    };
    let mut conn = pool.acquire().await?;
    Ok(Some(choices(&mut conn, &session, now).await?))
}

/// Opens one of the records the account reads; any other number is refused.
#[server(endpoint = "dmp/choisir")]
pub async fn choose_record(dossier: String) -> Result<(), PortalError> {
    use crate::messages::Text;
    use crate::session::patient::{choose, Role};
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(PortalError::refused(Text::NotSignedIn));
    };
    let mut conn = pool.acquire().await?;
    let wanted = dossier.trim().parse::<i64>().ok();
    let Some(choice) = choices(&mut conn, &session, now)
        .await?
        .into_iter()
        .find(|c| Some(c.dmp_id) == wanted)
    else {
        return Err(PortalError::refused(Text::UnknownChoice));
    };
    let role = if choice.representative {
        Role::Representative
    } else {
        Role::Holder
    };
    choose(&mut conn, session.id, choice.dmp_id, role).await?;
    leptos_axum::redirect(crate::paths::RECORD_PATH);
    Ok(())
}

#[component]
pub fn ChooseRecordPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_choices());
    let action = ServerAction::<ChooseRecord>::new();
    view! {
        <Title text=t("record-choose-title")/>
        <section class="container record">
            <h1>{t("record-choose-heading")}</h1>
            <p>{t("record-choose-intro")}</p>
            {move || action.value().get().and_then(|r| r.err()).map(|e| view! {
                <div class="notice notice--error" role="alert"><p>{e.general()}</p></div>
            })}
            <Suspense fallback=|| view! { <p>{crate::i18n::t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Some(list)) => view! {
                            <ul class="choices-list">
                                {list.into_iter().map(|c| {
                                    let label = if c.representative {
                                        tr("record-choose-representative", &[("name", c.name.clone().into())])
                                    } else {
                                        tr("record-choose-own", &[("name", c.name.clone().into())])
                                    };
                                    view! {
                                        <li class="card">
                                            <ActionForm action=action>
                                                <input type="hidden" name="dossier" value=c.dmp_id.to_string()/>
                                                <button type="submit" class="button button--large">
                                                    {tr("record-choose-open", &[("label", label.into())])}
                                                </button>
                                                {c.current.then(|| view! { <p class="field__hint">{t("record-choose-current")}</p> })}
                                            </ActionForm>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                        Ok(None) => view! { <super::documents::SignInFirst/> }.into_any(),
                        Err(e) => view! {
                            <div class="notice notice--error" role="alert"><p>{e.general()}</p></div>
                        }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}
