//! `/professionnel/creer`: the patient's card, the three questions, the
//! document des secrets handed over.

use crate::forms::fields::{Field, FieldError};
use crate::forms::ui::{track_errors, ErrorSummary, GeneralErrors};
use crate::opening::questions::{CardInHandFields, QuestionsFields};
use crate::paths::{PROFESSIONAL_PATH, PROFESSIONAL_SECRETS_PDF_PATH};
use crate::professional::opening::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn ProfessionalOpeningPage() -> impl IntoView {
    let identify = ServerAction::<ProIdentifyPerson>::new();
    let create = ServerAction::<ProCreateRecord>::new();
    let next = ServerAction::<ProNextPerson>::new();
    let state = Resource::new(
        move || {
            (
                identify.version().get(),
                create.version().get(),
                next.version().get(),
            )
        },
        |_| load_pro_opening(),
    );
    view! {
        <Title text="Créer le DMP d'un patient – Espace professionnel"/>
        <section class="container professional">
            <h1>"Créer le DMP d'un patient"</h1>
            <Suspense fallback=|| view! { <p>{crate::i18n::t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match state.await {
                        Ok(OpeningPage::Ready { holder, person_card, served }) => view! {
                            <p>"Connecté avec la carte de : "<strong>{holder}</strong></p>
                            {match served {
                                None => view! { <CardForm action=identify/> }.into_any(),
                                Some(s) => view! { <ServedView s person_card create next/> }.into_any(),
                            }}
                            <p><A href=PROFESSIONAL_PATH>"Retour à l'espace professionnel"</A></p>
                        }.into_any(),
                        Ok(OpeningPage::NotSignedIn) => view! {
                            <div class="notice" role="status">
                                <p>"Connectez-vous avec votre carte pour créer le DMP d'un patient."</p>
                                <p><A href=PROFESSIONAL_PATH attr:class="button">"Me connecter avec ma carte"</A></p>
                            </div>
                        }.into_any(),
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
fn CardForm(action: ServerAction<ProIdentifyPerson>) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(
        action.value(),
        &[Field::Nir, Field::CardType, Field::Serial, Field::Presence],
        errors,
        general,
    );
    view! {
        <h2>"Identifier le patient avec sa carte Vitale"</h2>
        <ActionForm action attr:novalidate=true attr:autocomplete="off">
            <ErrorSummary errors/>
            <CardInHandFields errors presence="Le patient (ou son représentant légal) est devant moi avec sa carte Vitale."/>
            <GeneralErrors messages=general/>
            <div class="actions">
                <button type="submit" class="button button--large">"Identifier le patient"</button>
            </div>
        </ActionForm>
    }
}

#[component]
fn ServedView(
    s: Served,
    person_card: bool,
    create: ServerAction<ProCreateRecord>,
    next: ServerAction<ProNextPerson>,
) -> impl IntoView {
    let (has_record, minor, handover) = (s.has_record, s.minor, s.handover.clone());
    view! {
        <h2>"Patient identifié"</h2>
        <dl class="summary">
            <dt>"Nom"</dt><dd>{s.name}</dd>
            <dt>"Date de naissance"</dt><dd>{s.birth_date}</dd>
            <dt>"DMP"</dt><dd>{s.record}</dd>
        </dl>
        {handover.map(|h| view! { <HandOverBox h/> })}
        {(has_record && s.handover.is_none()).then(|| view! {
            <p>"Ce patient a déjà un DMP : recherchez-le depuis l'espace professionnel."</p>
        })}
        {(!has_record).then(|| view! { <Questions action=create minor person_card/> })}
        <ActionForm action=next>
            <button type="submit" class="button button--secondary">"Patient suivant"</button>
        </ActionForm>
    }
}

#[component]
fn HandOverBox(h: HandOver) -> impl IntoView {
    let text = match (&h.login, h.printable) {
        (Some(login), true) => format!(
            "DMP créé. Identifiant du patient : {login}. Imprimez le document des secrets et \
             remettez-le au patient : le mot de passe initial n'apparaît que sur ce document."
        ),
        (Some(_), false) => "DMP créé. Le document des secrets n'est plus disponible : le \
            patient peut obtenir de nouvelles données de connexion à un accueil de l'Assurance \
            Maladie ou avec « Identifiant ou mot de passe oublié »."
            .to_string(),
        (None, _) => "DMP créé sans accès internet : vous et les professionnels que le patient \
            consulte pouvez l'alimenter. Remettez-lui le document de création."
            .to_string(),
    };
    let rights = if h.authorised {
        "Le patient vous a autorisé à consulter son DMP : il s'ouvre depuis la recherche de l'espace professionnel."
    } else {
        "Le patient ne vous a pas autorisé à consulter son DMP : vous pouvez l'alimenter, pas le lire."
    };
    let printable = h.printable || h.login.is_none();
    view! {
        <div class="notice notice--success" role="status">
            <p>{text}</p>
            <p>{rights}</p>
            {printable.then(|| view! {
                <p><a class="button" href=PROFESSIONAL_SECRETS_PDF_PATH rel="external" download>
                    "Télécharger le document des secrets (PDF)"
                </a></p>
            })}
        </div>
    }
}

#[component]
fn Questions(
    action: ServerAction<ProCreateRecord>,
    minor: bool,
    person_card: bool,
) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(
        action.value(),
        &[
            Field::Accept,
            Field::BrisDeGlace,
            Field::Samu,
            Field::Email,
            Field::EmailConfirm,
            Field::Mobile,
            Field::MobileConfirm,
            Field::RepRelation,
            Field::RepBirthName,
            Field::RepFirstNames,
        ],
        errors,
        general,
    );
    view! {
        <h2>"Créer le DMP : les trois questions"</h2>
        <p>"Posez ces questions au patient, ou à son représentant légal, et notez ses réponses."</p>
        <ActionForm action attr:novalidate=true attr:autocomplete="off">
            <ErrorSummary errors/>
            <QuestionsFields errors minor/>
            {person_card.then(|| view! {
                <fieldset class="group">
                    <legend>"Votre accès à ce DMP"</legend>
                    <p class="field__hint">
                        "Créer le DMP ne vous donne pas le droit de le consulter. Cochez seulement si le "
                        "patient vous y autorise ; il pourra retirer cette autorisation."
                    </p>
                    <label class="choice">
                        <input type="checkbox" name="authorise" value="on"/>
                        <span class="choice__label">"Le patient m'autorise à consulter son DMP."</span>
                    </label>
                </fieldset>
            })}
            <GeneralErrors messages=general/>
            <div class="actions">
                <button type="submit" class="button button--large">"Créer le DMP"</button>
            </div>
        </ActionForm>
    }
}
