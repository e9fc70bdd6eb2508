//! Step 2 page, « Je saisis mes informations personnelles ».

use super::actions::InformationsStep;
use super::informations::RELATIONS;
use super::state::*;
use super::step1::{follow_replies, load_state, AbandonForm, Kiosk, NoticeBox, Unavailable};
use super::terms;
use crate::forms::fields::Field;
use crate::forms::ui::{ErrorSummary, Stepper, TextField};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn InformationsPage() -> impl IntoView {
    let state = load_state();
    view! {
        <Title text="Je crée mon DMP – Étape 2 sur 3 : mes informations personnelles"/>
        <section class="container creation">
            <h1>"Je crée mon DMP"</h1>
            <Stepper current=2/>
            <Suspense fallback=|| view! { <p>"Chargement…"</p> }>
                {move || Suspend::new(async move {
                    match state.await {
                        Ok(s) if s.step == 2 => view! { <Kiosk state=s.clone()/><InformationsStepForm state=s/> }.into_any(),
                        Ok(s) => view! { <Kiosk state=s.clone()/><NotHere state=s/> }.into_any(),
                        Err(e) => view! { <Unavailable error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// Reached without being identified, after expiry, or after the creation:
/// never a dead end.
#[component]
pub fn NotHere(state: CreationState) -> impl IntoView {
    let (text, path, label) = match state.step {
        3 => (
            "Votre DMP est déjà créé.".to_string(),
            STEP3_PATH,
            "Voir mes données de connexion",
        ),
        _ => (
            state.notice.map(|n| n.text()).unwrap_or_else(|| {
                "Pour continuer, identifiez-vous d'abord avec votre carte Vitale et votre code de création."
                    .into()
            }),
            STEP1_PATH,
            "Aller à l'étape 1 : je m'identifie",
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
fn InformationsStepForm(state: CreationState) -> impl IntoView {
    let action = ServerAction::<InformationsStep>::new();
    let f = state.informations.clone().unwrap_or_default();
    let person = state.person.clone();
    let minor = person.as_ref().is_some_and(|p| p.minor);
    let email = RwSignal::new(f.email.clone());
    let email_confirm = RwSignal::new(f.email_confirm.clone());
    let mobile = RwSignal::new(f.mobile.clone());
    let mobile_confirm = RwSignal::new(f.mobile_confirm.clone());
    let samu = RwSignal::new(f.samu.is_some());
    let bris_de_glace = RwSignal::new(f.bris_de_glace.is_some());
    let rep_relation = RwSignal::new(f.rep_relation.clone());
    let rep_birth_name = RwSignal::new(f.rep_birth_name.clone());
    let rep_first_names = RwSignal::new(f.rep_first_names.clone());
    let accept = RwSignal::new(f.accept.is_some());
    let errors = RwSignal::new(state.errors.clone());
    let notice = RwSignal::new(state.notice.clone());
    follow_replies(action, notice);

    let autocomplete_email = if state.kiosk { "off" } else { "email" };
    let autocomplete_tel = if state.kiosk { "off" } else { "tel" };
    let field_error = move |field: Field| {
        move || {
            errors.with(|all| {
                all.iter()
                    .find(|e| e.field == field)
                    .map(|e| view! { <p class="field__error" id=format!("{}-erreur", field.id())><span class="visually-hidden">"Erreur : "</span>{e.message.text()}</p> })
            })
        }
    };
    view! {
        // The summary first: on a phone it is the first thing under the
        // steps, above the identity (forms::check needs it in the form).
        <form method="post" action=InformationsStep::url() novalidate
            autocomplete=if state.kiosk { "off" } else { "on" }>
            <ErrorSummary errors/>
            <h2>"Je saisis mes informations personnelles"</h2>
            {person.map(|p| view! {
                <section class="identity" aria-labelledby="identite-titre">
                    <h3 id="identite-titre">
                        {if p.minor { "Identité de l'enfant" } else { "Votre identité" }}
                    </h3>
                    <dl class="identity__list">
                        <dt>"Nom de naissance"</dt><dd>{p.birth_name.clone()}</dd>
                        {p.usage_name.clone().map(|u| view! { <dt>"Nom d'usage"</dt><dd>{u}</dd> })}
                        <dt>"Prénom(s)"</dt><dd>{p.first_names.clone()}</dd>
                        <dt>"Date de naissance"</dt><dd>{p.birth_date.clone()}</dd>
                    </dl>
                    <p class="field__hint">
                        "Ces informations viennent de l'Assurance Maladie. Si elles sont inexactes, "
                        "n'allez pas plus loin et contactez votre caisse au 36 46."
                    </p>
                </section>
            })}
            <NoticeBox notice/>

            <fieldset class="group">
                <legend>"Pour recevoir votre code de connexion"</legend>
                <p class="field__hint">
                    "À chaque connexion, un code à usage unique vous est envoyé par e-mail ou par SMS. "
                    "Indiquez au moins une adresse e-mail ou un numéro de mobile, et saisissez-le deux fois."
                </p>
                <TextField field=Field::Email name="form[email]" label="Adresse e-mail"
                    hint="Par exemple prenom.nom@exemple.fr" value=email errors
                    input_type="email" autocomplete=autocomplete_email maxlength=254/>
                <TextField field=Field::EmailConfirm name="form[email_confirm]" label="Confirmez l'adresse e-mail"
                    value=email_confirm errors input_type="email" autocomplete="off" maxlength=254/>
                <TextField field=Field::Mobile name="form[mobile]" label="Téléphone mobile"
                    hint="10 chiffres, commençant par 06 ou 07. Par exemple 06 12 34 56 78" value=mobile errors
                    input_type="tel" autocomplete=autocomplete_tel maxlength=20/>
                <TextField field=Field::MobileConfirm name="form[mobile_confirm]" label="Confirmez le téléphone mobile"
                    value=mobile_confirm errors input_type="tel" autocomplete="off" maxlength=20/>
            </fieldset>

            <fieldset class="group">
                <legend>"L'accès à votre DMP en cas d'urgence"</legend>
                <p class="field__hint">
                    "Ces deux accès sont autorisés sauf si vous décochez la case. "
                    "Vous pourrez changer d'avis à tout moment dans « Accès en urgence » de votre DMP. "
                    "Chaque accès en urgence est enregistré et vous en êtes informé."
                </p>
                <label class="choice">
                    <input type="checkbox" name="form[samu]" value="on" checked=samu.get_untracked()/>
                    <span class="choice__label">
                        <strong>"J'autorise le médecin du SAMU – Centre 15"</strong>
                        " à consulter mon DMP pendant un appel d'urgence me concernant."
                    </span>
                </label>
                <label class="choice">
                    <input type="checkbox" name="form[bris_de_glace]" value="on" checked=bris_de_glace.get_untracked()/>
                    <span class="choice__label">
                        <strong>"J'autorise l'accès « bris de glace »"</strong>
                        " : si ma vie est en danger et que je ne peux pas donner mon accord, tout professionnel de santé qui me soigne peut consulter mon DMP."
                    </span>
                </label>
            </fieldset>

            {minor.then(|| view! {
                <fieldset class="group">
                    <legend>"Le représentant légal de l'enfant"</legend>
                    <p class="field__hint">
                        "Le DMP d'un enfant mineur est créé avec l'accord de son représentant légal, qui pourra le consulter."
                    </p>
                    <div class="field" class:field--error=move || errors.with(|e| e.iter().any(|e| e.field == Field::RepRelation))>
                        <label class="field__label" for="rep_relation">"Lien avec l'enfant"<span class="field__required">" (obligatoire)"</span></label>
                        {field_error(Field::RepRelation)}
                        <select class="field__input" id="rep_relation" name="form[rep_relation]">
                            <option value="">"Choisissez"</option>
                            {RELATIONS.iter().map(|(code, label)| view! {
                                <option value=*code selected=rep_relation.get_untracked() == *code>{*label}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <TextField field=Field::RepBirthName name="form[rep_birth_name]" label="Nom du représentant légal"
                        required=true value=rep_birth_name errors maxlength=80/>
                    <TextField field=Field::RepFirstNames name="form[rep_first_names]" label="Prénom du représentant légal"
                        required=true value=rep_first_names errors maxlength=80/>
                </fieldset>
            })}

            <fieldset class="group">
                <legend>"Conditions Générales d'Utilisation"</legend>
                <details class="terms-inline">
                    <summary>"Lire les Conditions Générales d'Utilisation"</summary>
                    {terms::SECTIONS.iter().map(|s| view! {
                        <h3>{s.title}</h3>
                        {s.paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                    }).collect_view()}
                </details>
                <p>
                    <a href=terms::PDF_PATH rel="external" target="_blank">"Télécharger les Conditions Générales d'Utilisation (PDF, nouvel onglet)"</a>
                </p>
                <div class="field" class:field--error=move || errors.with(|e| e.iter().any(|e| e.field == Field::Accept))>
                    {field_error(Field::Accept)}
                    <label class="choice">
                        <input type="checkbox" id="accept" name="form[accept]" value="on" checked=accept.get_untracked()/>
                        <span class="choice__label">
                            "J'accepte les Conditions Générales d'Utilisation du DMP et je consens (ou mon représentant légal) "
                            "à la création de mon DMP et du compte d'accès associé"
                        </span>
                    </label>
                </div>
            </fieldset>

            <div class="actions">
                <button type="submit" class="button button--large">"Valider"</button>
            </div>
        </form>
        <AbandonForm/>
    }
}
