//! The staff's sign-in pages and their home.

use super::*;
use crate::forms::fields::{Field, FieldError};
use crate::forms::ui::{track_errors, ErrorSummary, GeneralErrors, TextField};
use crate::paths::{STAFF_CODE_PATH, STAFF_HOME_PATH, STAFF_SIGN_IN_PATH};
use leptos_meta::Title;
use leptos_router::components::A;

/// For a page reached at the wrong stage: where to go instead.
#[component]
fn Elsewhere(stage: Option<String>) -> impl IntoView {
    let (text, path, label) = match stage.as_deref() {
        Some("open") => (
            "Vous êtes connecté à l'espace du personnel.",
            STAFF_HOME_PATH,
            "Aller à mon espace",
        ),
        Some("code") => (
            "Il vous reste à saisir le code reçu par e-mail.",
            STAFF_CODE_PATH,
            "Saisir mon code",
        ),
        _ => (
            "Votre connexion a expiré ou n'a pas commencé.",
            STAFF_SIGN_IN_PATH,
            "Me connecter",
        ),
    };
    view! {
        <div class="notice" role="status">
            <p>{text}</p>
            <p><A href=path attr:class="button">{label}</A></p>
        </div>
    }
}

#[component]
pub fn StaffSignInPage() -> impl IntoView {
    let state = Resource::new(|| (), |_| load_staff_state());
    view! {
        <Title text="Connexion – Espace du personnel"/>
        <section class="container account">
            <h1>"Espace du personnel"</h1>
            <Suspense fallback=|| view! { <p>{crate::i18n::t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    let s = state.await.unwrap_or_default();
                    match s.stage.as_deref() {
                        Some("open") => view! { <Elsewhere stage=s.stage.clone()/> }.into_any(),
                        _ => view! { <StaffSignInForm/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn StaffSignInForm() -> impl IntoView {
    let action = ServerAction::<StaffSignIn>::new();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(
        action.value(),
        &[Field::Login, Field::Password],
        errors,
        general,
    );
    let login = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    view! {
        <p>
            "Réservé aux agents de l'Assurance Maladie et de ses partenaires (accueil, ateliers, "
            "statistiques). Un code à usage unique vous sera envoyé par e-mail."
        </p>
        <ActionForm action attr:novalidate=true attr:autocomplete="off">
            <ErrorSummary errors/>
            <TextField field=Field::Login name="login" label="Identifiant professionnel" required=true
                value=login errors autocomplete="username" maxlength=64/>
            <TextField field=Field::Password name="password" label="Mot de passe" required=true
                value=password errors input_type="password" autocomplete="current-password" maxlength=256/>
            <GeneralErrors messages=general/>
            <div class="actions">
                <button type="submit" class="button button--large">"Se connecter"</button>
            </div>
        </ActionForm>
        <p>"Vous êtes patient ? " <A href=crate::paths::SIGN_IN_PATH>"Accéder à mon DMP"</A></p>
    }
}

#[component]
pub fn StaffCodePage() -> impl IntoView {
    let resend = ServerAction::<StaffResendCode>::new();
    let state = Resource::new(move || resend.version().get(), |_| load_staff_state());
    view! {
        <Title text="Code de connexion – Espace du personnel"/>
        <section class="container account">
            <h1>"Mon code de connexion"</h1>
            <Suspense fallback=|| view! { <p>{crate::i18n::t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    let s = state.await.unwrap_or_default();
                    if s.stage.as_deref() == Some("code") {
                        view! { <StaffCodeForms demo=s.demo resend/> }.into_any()
                    } else {
                        view! { <Elsewhere stage=s.stage.clone()/> }.into_any()
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn StaffCodeForms(demo: bool, resend: ServerAction<StaffResendCode>) -> impl IntoView {
    let verify = ServerAction::<StaffVerifyCode>::new();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(verify.value(), &[Field::OneTimeCode], errors, general);
    let resend_errors = RwSignal::new(Vec::<FieldError>::new());
    let resend_general = RwSignal::new(Vec::new());
    track_errors(
        resend.value(),
        &[Field::OneTimeCode],
        resend_errors,
        resend_general,
    );
    let code = RwSignal::new(String::new());
    view! {
        <div class="notice notice--success" role="status">
            <p>"Un code à 6 chiffres a été envoyé à votre adresse e-mail professionnelle. Il est valable 10 minutes."</p>
            {demo.then(|| view! {
                <p><a href=crate::paths::OUTBOX_PATH target="_blank">"Voir les messages envoyés (démonstration, nouvel onglet)"</a></p>
            })}
        </div>
        <ActionForm action=verify attr:novalidate=true attr:class="code-form">
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <TextField field=Field::OneTimeCode name="code" label="Code reçu" required=true
                hint="Les 6 chiffres du dernier message reçu."
                value=code errors inputmode="numeric" autocomplete="one-time-code" maxlength=12/>
            <div class="actions">
                <button type="submit" class="button button--large">"Valider"</button>
            </div>
        </ActionForm>
        // After the code's field: a new code cancels the one just received.
        <ActionForm action=resend>
            {move || resend_errors.get().into_iter().map(|e| view! { <p class="field__error">{e.message.text()}</p> }).collect_view()}
            <GeneralErrors messages=resend_general/>
            <p>"Pas de message après quelques minutes ? Vérifiez vos courriers indésirables, ou :"</p>
            <button type="submit" class="button button--secondary">"Recevoir un nouveau code"</button>
        </ActionForm>
    }
}

#[component]
pub fn StaffHomePage() -> impl IntoView {
    let state = Resource::new(|| (), |_| load_staff_state());
    view! {
        <Title text="Espace du personnel"/>
        <section class="container account">
            <h1>"Espace du personnel"</h1>
            <Suspense fallback=|| view! { <p>{crate::i18n::t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    let s = state.await.unwrap_or_default();
                    if s.stage.as_deref() == Some("open") {
                        view! { <StaffHome state=s/> }.into_any()
                    } else {
                        view! { <Elsewhere stage=s.stage.clone()/> }.into_any()
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn StaffHome(state: StaffState) -> impl IntoView {
    let sign_out = ServerAction::<StaffSignOut>::new();
    view! {
        <dl class="summary">
            <dt>"Connecté"</dt><dd>{state.full_name}</dd>
            <dt>"Rôle"</dt><dd>{state.role}</dd>
            {state.place.map(|p| view! { <dt>"Lieu"</dt><dd>{p}</dd> })}
        </dl>
        {state.desk.then(|| view! {
            <p><A href=crate::paths::DESK_PATH attr:class="button button--large">"Ouvrir la console d'accueil"</A></p>
        })}
        {state.workshops.then(|| view! {
            <p><A href=crate::paths::WORKSHOP_PATH attr:class="button button--large">"Ouvrir l'espace des ateliers"</A></p>
        })}
        {state.statistics.then(|| view! {
            <p><A href=crate::paths::STATISTICS_PATH attr:class="button button--large">"Voir les statistiques des DMP"</A></p>
        })}
        <p>"Tout ce que vous faites dans cet espace est enregistré avec votre identité."</p>
        <ActionForm action=sign_out>
            <button type="submit" class="button button--secondary">"Se déconnecter"</button>
        </ActionForm>
    }
}
