//! Reception-desk kiosks: the creation flow on a device shared by many
//! people. An agent switches a device to kiosk mode once (the `/borne`
//! page sets a long-lived cookie on that device); from then on the creation
//! pages use larger text, refuse browser autofill, and wipe themselves
//! after a period without activity. Only a desk agent signed in may switch
//! it on or off: a visitor at the kiosk cannot take its protections away.

use crate::error::PortalError;
use crate::i18n::t;
use leptos::prelude::*;
use leptos_meta::Title;

pub use crate::paths::KIOSK_PATH;

/// The device's mode, and whether a desk agent is signed in on it.
#[server(endpoint = "borne/etat")]
pub async fn kiosk_status() -> Result<(bool, bool), PortalError> {
    use crate::session::staff::{http::for_roles, Access, Role};
    let parts = use_context::<axum::http::request::Parts>()
        .ok_or_else(|| crate::http::fault("no request"))?;
    let (_, _, _, access) = for_roles(&[Role::Agent]).await?;
    Ok((
        crate::http::is_kiosk(&parts),
        matches!(access, Access::Open(_)),
    ))
}

/// `on` is « 1 » to switch kiosk mode on, anything else to switch it off;
/// for a desk agent only. Switched on, the device is handed to the public:
/// the agent's session on it ends.
#[server(endpoint = "borne/mode")]
pub async fn set_kiosk(on: String) -> Result<(), PortalError> {
    use crate::http::KIOSK_COOKIE;
    use crate::session::staff::{close, http::open_for, trace, Role, COOKIE};
    let (pool, services, visit, session) = open_for(&[Role::Agent]).await?;
    let on = on == "1";
    let mut tx = pool.begin().await.map_err(crate::http::unavailable)?;
    let action = if on {
        close(&mut tx, session.id)
            .await
            .map_err(crate::http::unavailable)?;
        "mode_borne_active"
    } else {
        "mode_borne_desactive"
    };
    trace(&mut tx, session.account_id, action, None, visit.now)
        .await
        .map_err(crate::http::unavailable)?;
    tx.commit().await.map_err(crate::http::unavailable)?;
    if on {
        crate::session::http::set_cookie(&services, COOKIE, &crate::session::Cookie::Clear);
    }
    // A year: the device stays a kiosk until an agent says otherwise.
    crate::http::set_cookie(&crate::http::cookie(
        KIOSK_COOKIE,
        on.then_some("1"),
        Some(31_536_000),
        services.secure_cookies(),
    ));
    leptos_axum::redirect(if on {
        crate::paths::STEP1_PATH
    } else {
        KIOSK_PATH
    });
    Ok(())
}

#[component]
pub fn KioskPage() -> impl IntoView {
    let status = Resource::new(|| (), |_| kiosk_status());
    let set = ServerAction::<SetKiosk>::new();
    view! {
        <Title text=t("workshop-kiosk-title")/>
        <section class="container">
            <h1>{t("workshop-kiosk-title")}</h1>
            <p>{t("workshop-kiosk-intro")}</p>
            <Suspense fallback=|| view! { <p>{t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    let (on, agent) = status.await.unwrap_or((false, false));
                    view! {
                        <p role="status">
                            {if on { t("workshop-kiosk-on") } else { t("workshop-kiosk-off") }}
                        </p>
                        {if agent {
                            view! {
                                <ActionForm action=set>
                                    <input type="hidden" name="on" value=if on { "0" } else { "1" }/>
                                    <button type="submit" class="button button--large">
                                        {if on { t("workshop-kiosk-disable") } else { t("workshop-kiosk-enable") }}
                                    </button>
                                </ActionForm>
                                {(!on).then(|| view! {
                                    <p class="field__hint">{t("workshop-kiosk-enable-hint")}</p>
                                })}
                            }.into_any()
                        } else {
                            view! {
                                <p>
                                    {if on {
                                        t("workshop-kiosk-to-disable")
                                    } else {
                                        t("workshop-kiosk-to-enable")
                                    }}
                                    " "
                                    <a href=crate::paths::STAFF_SIGN_IN_PATH>{t("workshop-kiosk-sign-in")}</a>
                                </p>
                            }.into_any()
                        }}
                    }
                })}
            </Suspense>
        </section>
    }
}

pub use crate::layout::idle::IdleGuard;
