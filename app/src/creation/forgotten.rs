//! « Identifiant ou mot de passe oublié » (`/connexion/oubli`): the holder
//! identifies as at step 1 and gets new credentials on step 3's page
//! (`recovery` does the work).

use crate::error::PortalError;
use crate::forms::fields::{Field, FieldError};
use crate::forms::ui::{track_errors, ErrorSummary, GeneralErrors, IdentityFields};
use crate::i18n::{t, te};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

/// « Identifiant ou mot de passe oublié ».
#[server(endpoint = "connexion/oubli")]
pub async fn recover_credentials(
    form: crate::registry::identify::IdentifyForm,
) -> Result<(), PortalError> {
    use super::actions::http as creation_http;
    use super::recovery::{recover, Recovery};
    let (pool, services, visit) = creation_http::context()?;
    crate::http::no_store();
    match recover(&pool, &services, &visit, &form)
        .await
        .map_err(crate::http::unavailable)?
    {
        Recovery::Done { token } => {
            creation_http::set_cookie(&services, &super::flow::Cookie::Set(token));
            leptos_axum::redirect(crate::paths::STEP3_PATH);
            Ok(())
        }
        Recovery::Invalid(errors) => Err(PortalError::Invalid(errors)),
        Recovery::Refused(notice) => Err(PortalError::Refused(notice.message())),
    }
}

#[component]
pub fn ForgottenPage() -> impl IntoView {
    let action = ServerAction::<RecoverCredentials>::new();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(
        action.value(),
        &[Field::Nir, Field::Code, Field::CardType, Field::Serial],
        errors,
        general,
    );
    view! {
        <Title text=t("creation-forgotten")/>
        <section class="container account">
            <h1>{t("creation-forgotten")}</h1>
            <p>{te("creation-forgotten-intro")}</p>
            <p><A href=crate::paths::CODE_REQUEST_PATH>{t("creation-no-code")}</A></p>
            <ActionForm action attr:novalidate=true attr:autocomplete="off">
                <ErrorSummary errors/>
                <GeneralErrors messages=general/>
                <IdentityFields errors/>
                <div class="actions">
                    <button type="submit" class="button button--large">{t("creation-forgotten-send")}</button>
                </div>
            </ActionForm>
        </section>
    }
}
