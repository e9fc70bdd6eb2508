//! What every signed-in page of a record shares: its navigation, whose
//! record it is, the guard that ends a quiet session, « Se déconnecter »,
//! and the way a page shows its data or asks to sign in.

use crate::error::PortalError;
use crate::i18n::{t, tr};
use leptos::prelude::*;
use leptos_router::components::A;
use serde::{Deserialize, Serialize};

#[server(endpoint = "connexion/fin")]
pub async fn sign_out() -> Result<(), PortalError> {
    let (pool, services, visit) = crate::session::patient::http::context()?;
    let outcome = crate::session::patient::sign_out(&pool, &services, &visit)
        .await
        .map_err(crate::http::unavailable)?;
    crate::layout::forget_preferences(&services, &visit);
    crate::session::patient::http::respond(&services, outcome)
}

/// How long a signed-in page may stay quiet: (kiosk, seconds before the
/// warning, seconds of warning). `None` when nobody is signed in.
#[server(endpoint = "connexion/veille")]
pub async fn load_idle_policy() -> Result<Option<(bool, u32, u32)>, PortalError> {
    let (pool, services, visit) = crate::session::patient::http::context()?;
    let session = crate::session::patient::current(&pool, &services, &visit)
        .await
        .map_err(crate::http::unavailable)?;
    Ok(session.map(|s| {
        if s.kiosk || visit.kiosk {
            (
                true,
                services.kiosk_idle_seconds,
                services.kiosk_warning_seconds,
            )
        } else {
            // Warn two minutes before the server's idle timeout.
            let idle = (crate::session::patient::IDLE_MINUTES * 60) as u32;
            (false, idle - 120, 120)
        }
    }))
}

/// « Rester connecté »: any request pushes the session's idle timeout back.
#[server(endpoint = "connexion/maintien")]
pub async fn keep_alive() -> Result<bool, PortalError> {
    let (pool, services, visit) = crate::session::patient::http::context()?;
    Ok(crate::session::patient::current(&pool, &services, &visit)
        .await
        .map_err(crate::http::unavailable)?
        .is_some())
}

/// A record page's content once its data is loaded: the content, an
/// invitation to sign in (`Ok(None)`: nobody signed in), or the error —
/// alike on every page of the record.
pub fn when_signed_in<T>(
    data: Resource<Result<Option<T>, PortalError>>,
    render: impl Fn(T) -> AnyView + Send + Sync + Clone + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + Serialize + for<'de> Deserialize<'de> + 'static,
{
    view! {
        <Suspense fallback=|| view! { <p>{crate::i18n::t("forms-loading")}</p> }>
            {move || {
                let render = render.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(Some(value)) => render(value),
                        Ok(None) => view! { <SignInFirst/> }.into_any(),
                        Err(e) => view! {
                            <div class="notice notice--error" role="alert"><p>{e.general()}</p></div>
                        }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// Ends a quiet session in the browser too: a warning two minutes before
/// the server's timeout (or the kiosk's short delays), then sign-out and a
/// fresh page, so nothing of the record stays on screen.
#[component]
fn SessionGuard() -> impl IntoView {
    let policy = Resource::new(|| (), |_| load_idle_policy());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                policy.await.ok().flatten().map(|(kiosk, idle, warning)| {
                    let destination = if kiosk {
                        crate::paths::STEP1_PATH
                    } else {
                        crate::paths::SIGNED_OUT_PATH
                    };
                    let keep_path = <KeepAlive as leptos::server_fn::ServerFn>::PATH;
                    let end_path = <SignOut as leptos::server_fn::ServerFn>::PATH;
                    view! {
                        <crate::layout::idle::IdleGuard
                            idle
                            warning
                            count_activity=kiosk
                            title=if kiosk { t("record-idle-kiosk-title") } else { t("record-idle-title") }
                            message=if kiosk {
                                t("record-idle-kiosk-message")
                            } else {
                                t("record-idle-message")
                            }
                            button=if kiosk { t("record-idle-kiosk-button") } else { t("record-idle-button") }
                            keep=keep_path
                            end=end_path
                            then=destination.to_string()
                        />
                    }
                })
            })}
        </Suspense>
    }
}

/// Whose record a session reads, when that is worth saying: read as a
/// legal representative, or by an account that reads several records.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Whose {
    /// « Emma JEAN-BAPTISTE ».
    pub name: String,
    pub representative: bool,
    pub several: bool,
}

#[server(endpoint = "dmp/dossier-lu")]
pub async fn whose_record() -> Result<Option<Whose>, PortalError> {
    use crate::session::patient::{records, Role};
    let Some((pool, now, session)) = crate::session::patient::open_record().await? else {
        return Ok(None);
    };
    let representative = session.role == Role::Representative;
    if !representative && !session.represents {
        return Ok(None);
    }
    let mut conn = pool.acquire().await?;
    let several = records(&mut conn, session.account_id, now).await?.len() > 1;
    if !several && !representative {
        return Ok(None);
    }
    let name = crate::registry::holder_name(&mut conn, session.dmp_id).await?;
    Ok(Some(Whose {
        name,
        representative,
        several,
    }))
}

/// On every page of the record: whose it is, when that is worth saying.
#[component]
fn WhoseRecord() -> impl IntoView {
    let whose = Resource::new(|| (), |_| whose_record());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                whose.await.ok().flatten().map(|w| view! {
                    <p class="record-whose">
                        {if w.representative {
                            tr("record-whose-representative", &[("name", w.name.clone().into())])
                        } else {
                            tr("record-whose", &[("name", w.name.clone().into())])
                        }}
                        {w.representative.then(|| view! { " " <A href=crate::paths::REPRESENTATIVES_PATH>{t("record-whose-representatives")}</A> })}
                        {w.several.then(|| view! { " " <A href=crate::paths::CHOOSE_PATH>{t("record-whose-change")}</A> })}
                    </p>
                })
            })}
        </Suspense>
    }
}

/// The record's own navigation, on every page of it: the everyday links
/// first; the rest behind « Gérer mon DMP » (a disclosure, open on the
/// pages it leads to), with « Clôturer mon DMP » set apart at its end.
#[component]
pub fn RecordNav() -> impl IntoView {
    use crate::paths::*;
    const MORE: [(&str, &str); 6] = [
        (REIMBURSEMENTS_PATH, "record-nav-reimbursements"),
        (UPLOAD_PATH, "record-nav-upload"),
        (PERSONAL_PATH, "record-nav-personal"),
        (PROFESSIONALS_PATH, "record-nav-professionals"),
        (EMERGENCY_PATH, "record-nav-emergency"),
        (EXPORT_PATH, "record-nav-export"),
    ];
    let here = leptos_router::hooks::use_location()
        .pathname
        .get_untracked();
    let open = MORE
        .iter()
        .map(|(path, _)| *path)
        .chain([CLOSE_PATH])
        .any(|path| here == path || here.starts_with(&format!("{path}/")));
    view! {
        <SessionGuard/>
        <WhoseRecord/>
        <nav class="record-nav" aria-label=t("record-nav")>
            <ul class="record-nav__main">
                <li><A href=RECORD_PATH exact=true>{t("record-nav-home")}</A></li>
                <li><A href=HISTORY_PATH>{t("record-nav-history")}</A></li>
                <li><A href=NOTIFICATIONS_PATH>{t("record-nav-notifications")}</A></li>
            </ul>
            <details class="record-nav__more" open=open>
                <summary>{t("record-nav-manage")}</summary>
                <ul>
                    // The labels are keys of the catalogue.
                    {MORE.map(|(path, label)| view! { <li><A href=path>{t(label)}</A></li> })}
                </ul>
                <p class="record-nav__apart"><A href=CLOSE_PATH>{t("record-nav-close")}</A></p>
            </details>
            <SignOutButton/>
        </nav>
    }
}

/// « Se déconnecter », on every page of the record.
#[component]
pub fn SignOutButton() -> impl IntoView {
    let action = ServerAction::<SignOut>::new();
    view! {
        <ActionForm action attr:class="sign-out">
            <button type="submit" class="button button--secondary">{t("record-sign-out")}</button>
        </ActionForm>
    }
}

/// Shown instead of a record page to someone not signed in.
#[component]
pub fn SignInFirst() -> impl IntoView {
    view! {
        <div class="notice" role="status">
            <p>{t("record-sign-in-first")}</p>
            <p><A href=crate::paths::SIGN_IN_PATH attr:class="button">{t("record-sign-in")}</A></p>
        </div>
    }
}
