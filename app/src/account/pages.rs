//! « J'accède à mon DMP »: the sign-in pages.

use super::actions::*;
use super::password::{strength_label, MIN_LENGTH, MIN_SCORE};
use super::state::*;
use crate::forms::fields::{Field, FieldError};
use crate::forms::ui::{track_errors, ErrorSummary, GeneralErrors, TextField};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;

/// For a page reached at the wrong stage: where to go instead.
#[component]
fn Elsewhere(stage: Option<String>) -> impl IntoView {
    let (text, path, label) = match stage.as_deref() {
        Some("open") => (
            "Vous êtes connecté à votre DMP.",
            RECORD_PATH,
            "Accéder à mon DMP",
        ),
        Some("code") => (
            "Il vous reste à saisir le code reçu.",
            CODE_PATH,
            "Saisir mon code",
        ),
        Some("new_password") => (
            "Il vous reste à choisir votre mot de passe.",
            NEW_PASSWORD_PATH,
            "Choisir mon mot de passe",
        ),
        _ => (
            "Votre connexion a expiré ou n'a pas commencé.",
            SIGN_IN_PATH,
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
pub fn SignInPage() -> impl IntoView {
    let state = Resource::new(|| (), |_| load_sign_in_state());
    view! {
        <Title text="J'accède à mon DMP"/>
        <section class="container account">
            <h1>"J'accède à mon DMP"</h1>
            <Suspense fallback=|| view! { <p>"Chargement…"</p> }>
                {move || Suspend::new(async move {
                    let s = state.await.unwrap_or_default();
                    match s.stage.as_deref() {
                        Some("open") => view! { <Elsewhere stage=s.stage.clone()/> }.into_any(),
                        _ => view! { <SignInForm state=s/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn SignInForm(state: SignInState) -> impl IntoView {
    let action = ServerAction::<SignIn>::new();
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
    let kiosk = state.kiosk;
    view! {
        <p>
            "Saisissez l'identifiant et le mot de passe de votre document des secrets. "
            "Un code à usage unique vous sera ensuite envoyé par e-mail ou par SMS."
        </p>
        <ActionForm action attr:novalidate=true attr:autocomplete=if kiosk { "off" } else { "on" }>
            <ErrorSummary errors/>
            <TextField field=Field::Login name="login" label="Identifiant de connexion" required=true
                value=login errors
                autocomplete=if kiosk { "off" } else { "username" } maxlength=64/>
            <TextField field=Field::Password name="password" label="Mot de passe" required=true
                value=password errors input_type="password"
                autocomplete=if kiosk { "off" } else { "current-password" } maxlength=256/>
            <GeneralErrors messages=general/>
            <div class="actions">
                <button type="submit" class="button button--large">"Se connecter"</button>
            </div>
        </ActionForm>
        <ul class="links">
            <li><A href=FORGOTTEN_PATH>"Identifiant ou mot de passe oublié"</A></li>
            <li><A href="/creation">"Je n'ai pas encore de DMP : je le crée"</A></li>
            <li><A href=crate::paths::INVITATION_PATH>"J'ai reçu un code de représentant légal"</A></li>
        </ul>
    }
}

#[component]
pub fn CodePage() -> impl IntoView {
    let send = ServerAction::<SendCode>::new();
    // Drawn again after each sending, to say where the code went.
    let state = Resource::new(move || send.version().get(), |_| load_sign_in_state());
    view! {
        <Title text="Code de connexion – J'accède à mon DMP"/>
        <section class="container account">
            <h1>"Mon code de connexion"</h1>
            <Suspense fallback=|| view! { <p>"Chargement…"</p> }>
                {move || Suspend::new(async move {
                    let s = state.await.unwrap_or_default();
                    if s.stage.as_deref() == Some("code") {
                        view! { <CodeForms state=s send/> }.into_any()
                    } else {
                        view! { <Elsewhere stage=s.stage.clone()/> }.into_any()
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn CodeForms(state: SignInState, send: ServerAction<SendCode>) -> impl IntoView {
    let verify = ServerAction::<VerifyCode>::new();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(verify.value(), &[Field::OneTimeCode], errors, general);
    let send_errors = RwSignal::new(Vec::<FieldError>::new());
    let send_general = RwSignal::new(Vec::new());
    track_errors(
        send.value(),
        &[Field::OneTimeCode],
        send_errors,
        send_general,
    );
    let code = RwSignal::new(String::new());
    let sent = state.sent_to.clone();
    let was_sent = sent.is_some();
    let first = state.channels.first().map(|c| c.code.clone());
    let notice = sent.map(|to| view! {
            <div class="notice notice--success" role="status">
                <p>{format!("Un code à 6 chiffres vous a été envoyé {to}. Il est valable 10 minutes.")}</p>
                {state.demo.then(|| view! {
                    <p><a href=crate::paths::OUTBOX_PATH target="_blank">"Voir les messages envoyés (démonstration, nouvel onglet)"</a></p>
                })}
            </div>
        });
    // The code's field first: asking for another one, which cancels the
    // code just received, comes after it.
    let send_form = view! {
        <ActionForm action=send>
            <fieldset class="field">
                <legend class="field__label">{if was_sent { "Recevoir un nouveau code par" } else { "Recevoir mon code" }}</legend>
                {move || send_errors.get().into_iter().map(|e| view! { <p class="field__error">{e.message.text()}</p> }).collect_view()}
                <GeneralErrors messages=send_general/>
                {state.channels.iter().map(|c| view! {
                    <label class="choice">
                        <input type="radio" name="channel" value=c.code.clone() checked=Some(&c.code) == first.as_ref()/>
                        <span class="choice__label">{c.label.clone()}</span>
                    </label>
                }).collect_view()}
            </fieldset>
            <button type="submit" class=if was_sent { "button button--secondary" } else { "button button--large" }>
                {if was_sent { "Recevoir un nouveau code" } else { "Recevoir mon code" }}
            </button>
        </ActionForm>
    };
    view! {
        {notice}
        {if was_sent {
            view! {
                <ActionForm action=verify attr:novalidate=true attr:class="code-form">
                    <ErrorSummary errors/>
                    <GeneralErrors messages=general/>
                    <TextField field=Field::OneTimeCode name="code" label="Code reçu" required=true
                        hint="Les 6 chiffres du dernier message reçu."
                        value=code errors inputmode="numeric"
                        autocomplete="one-time-code" maxlength=12/>
                    <div class="actions">
                        <button type="submit" class="button button--large">"Valider"</button>
                    </div>
                </ActionForm>
                <h2>"Pas de message ?"</h2>
                <p>"Attendez quelques minutes et vérifiez vos courriers indésirables. Sinon, demandez un nouveau code : celui que vous avez reçu ne marchera plus."</p>
                {send_form}
            }
            .into_any()
        } else {
            send_form.into_any()
        }}
    }
}

#[component]
pub fn NewPasswordPage() -> impl IntoView {
    let state = Resource::new(|| (), |_| load_sign_in_state());
    view! {
        <Title text="Mon mot de passe – J'accède à mon DMP"/>
        <section class="container account">
            <h1>"Je choisis mon mot de passe"</h1>
            <Suspense fallback=|| view! { <p>"Chargement…"</p> }>
                {move || Suspend::new(async move {
                    let s = state.await.unwrap_or_default();
                    if s.stage.as_deref() == Some("new_password") {
                        view! { <NewPasswordForm_/> }.into_any()
                    } else {
                        view! { <Elsewhere stage=s.stage.clone()/> }.into_any()
                    }
                })}
            </Suspense>
        </section>
    }
}

#[allow(non_snake_case)]
#[component]
fn NewPasswordForm_() -> impl IntoView {
    let action = ServerAction::<ChangePassword>::new();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(
        action.value(),
        &[Field::Password, Field::PasswordConfirm],
        errors,
        general,
    );
    let password = RwSignal::new(String::new());
    let confirm = RwSignal::new(String::new());
    view! {
        <p>"C'est votre première connexion : choisissez votre propre mot de passe. Le mot de passe initial ne fonctionnera plus."</p>
        <ul>
            <li>{format!("au moins {MIN_LENGTH} caractères ;")}</li>
            <li>"ni votre identifiant, ni votre nom, ni votre prénom ;"</li>
            <li>"difficile à deviner : plusieurs mots sans rapport entre eux font un bon mot de passe, par exemple « lapin-vert-soupe-nuage »."</li>
        </ul>
        <form method="post" action=ChangePassword::url() novalidate>
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <TextField field=Field::Password name="form[password]" label="Nouveau mot de passe" required=true
                value=password errors input_type="password" autocomplete="new-password" maxlength=256/>
            <StrengthMeter/>
            <TextField field=Field::PasswordConfirm name="form[confirm]" label="Confirmez le nouveau mot de passe" required=true
                value=confirm errors input_type="password" autocomplete="new-password" maxlength=256/>
            <div class="actions">
                <button type="submit" class="button button--large">"Enregistrer mon mot de passe"</button>
            </div>
        </form>
    }
}

/// The strength of the new password as it is typed, drawn hidden: the
/// WebAssembly (`browser::meter`) asks the server (zxcvbn and its
/// dictionaries stay there) a moment after typing stops, and fills it in.
/// Without JavaScript the rules are checked when the form is sent.
#[component]
fn StrengthMeter() -> impl IntoView {
    let labels: Vec<&str> = (0..=4).map(strength_label).collect();
    let strength_path = <PasswordStrength as leptos::server_fn::ServerFn>::PATH;
    view! {
        <p class="strength" aria-live="polite" hidden
            data-force=strength_path
            data-labels=labels.join("|") data-min=MIN_SCORE>
            <label for="force">"Solidité : "</label>
            <meter id="force" min="0" max="4" low="2" high="3" optimum="4" value="0"></meter>
            " "
            <strong></strong>
            <span>" — pas encore assez solide"</span>
        </p>
    }
}

#[component]
pub fn SignedOutPage() -> impl IntoView {
    view! {
        <Title text="Vous êtes déconnecté"/>
        <section class="container account">
            <h1>"Vous êtes déconnecté"</h1>
            <div class="notice notice--success" role="status">
                <p>"Vous êtes bien déconnecté de votre DMP. Sur un ordinateur partagé, fermez aussi le navigateur."</p>
            </div>
            <p><A href=SIGN_IN_PATH attr:class="button">"Me reconnecter"</A></p>
        </section>
    }
}

pub use crate::forms::ui::IdentityFields;
pub use crate::layout::record::SignOutButton;
