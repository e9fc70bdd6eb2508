//! `/guichet`: the console's page.

use super::*;
use crate::forms::ui::{track_errors, ErrorSummary, GeneralErrors, TextField};
use crate::opening::questions::QuestionsFields;
use crate::paths::{DESK_SECRETS_PDF_PATH, STAFF_HOME_PATH, STAFF_SIGN_IN_PATH};
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn DeskPageView() -> impl IntoView {
    let next = ServerAction::<DeskNext>::new();
    let create = ServerAction::<DeskCreate>::new();
    let issue = ServerAction::<DeskCredentials>::new();
    let state = Resource::new(
        move || {
            (
                next.version().get(),
                create.version().get(),
                issue.version().get(),
            )
        },
        |_| load_desk(),
    );
    view! {
        <Title text="Console d'accueil"/>
        <section class="container account">
            <h1>"Console d'accueil"</h1>
            <Suspense fallback=|| view! { <p>"Chargement…"</p> }>
                {move || Suspend::new(async move {
                    match state.await {
                        Ok(DeskPage::Ready { agent, place, person }) => view! {
                            <p>{match place {
                                Some(p) => format!("{agent} — {p}"),
                                None => agent,
                            }}</p>
                            {match person {
                                Some(p) => view! { <Served person=p next create issue/> }.into_any(),
                                None => view! { <IdentifyForm/> }.into_any(),
                            }}
                        }.into_any(),
                        Ok(DeskPage::Refused(role)) => view! {
                            <div class="notice notice--error" role="alert">
                                <p>"Cette console est réservée aux agents d'accueil. Vous êtes connecté en tant que : " {role} "."</p>
                                <p><A href=STAFF_HOME_PATH>"Retour à mon espace"</A></p>
                            </div>
                        }.into_any(),
                        Ok(DeskPage::NotSignedIn) => view! {
                            <div class="notice" role="status">
                                <p>"Cette console est réservée aux agents d'accueil de l'Assurance Maladie."</p>
                                <p><A href=STAFF_SIGN_IN_PATH attr:class="button">"Me connecter à l'espace du personnel"</A></p>
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
fn IdentifyForm() -> impl IntoView {
    let action = ServerAction::<DeskIdentify>::new();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(
        action.value(),
        &[Field::Nir, Field::CardType, Field::Serial, Field::Presence],
        errors,
        general,
    );
    let (nir, serial) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    view! {
        <h2>"Identifier la personne"</h2>
        <p>"Avec la carte Vitale que la personne vous présente : pas de code de création au guichet."</p>
        <ActionForm action attr:novalidate=true attr:autocomplete="off">
            <ErrorSummary errors/>
            <TextField field=Field::Nir name="form[nir]" label="Numéro de sécurité sociale" required=true
                hint="Les 15 caractères inscrits sur la carte, clé comprise."
                value=nir errors inputmode="numeric" maxlength=25/>
            <fieldset class="field" id="card_type">
                <legend class="field__label">"Type de carte Vitale"<span class="field__required">" (obligatoire)"</span></legend>
                {crate::forms::ui::field_error(errors, Field::CardType)}
                <label class="choice"><input type="radio" name="form[card_type]" value="avec_photo"/><span class="choice__label">"Carte Vitale avec photo"</span></label>
                <label class="choice"><input type="radio" name="form[card_type]" value="sans_photo"/><span class="choice__label">"Carte Vitale sans photo"</span></label>
            </fieldset>
            <TextField field=Field::Serial name="form[serial]" label="Numéro de série de la carte Vitale" required=true
                value=serial errors inputmode="numeric" maxlength=20/>
            <div class="field" id="presence">
                {crate::forms::ui::field_error(errors, Field::Presence)}
                <label class="choice">
                    <input type="checkbox" name="form[presence]" value="on"/>
                    <span class="choice__label">"La personne (ou son représentant légal) est devant moi avec sa carte Vitale."</span>
                </label>
            </div>
            <GeneralErrors messages=general/>
            <div class="actions">
                <button type="submit" class="button button--large">"Identifier la personne"</button>
            </div>
        </ActionForm>
    }
}

#[component]
fn Served(
    person: Person,
    next: ServerAction<DeskNext>,
    create: ServerAction<DeskCreate>,
    issue: ServerAction<DeskCredentials>,
) -> impl IntoView {
    let open = person.account.is_some();
    let (has_record, minor, handover) = (person.has_record, person.minor, person.handover.clone());
    view! {
        <h2>"Personne identifiée"</h2>
        <dl class="summary">
            <dt>"Nom"</dt><dd>{person.name}</dd>
            <dt>"Date de naissance"</dt><dd>{person.birth_date}{minor.then_some(" (mineur)")}</dd>
            <dt>"Numéro de sécurité sociale"</dt><dd>{person.nir}</dd>
            <dt>"DMP"</dt><dd>{person.record}</dd>
            {person.account.map(|a| view! { <dt>"Accès"</dt><dd>{a}</dd> })}
        </dl>
        {handover.map(|h| view! { <HandOverBox handover=h/> })}
        {(!has_record).then(|| view! { <ThreeQuestions action=create minor/> })}
        {open.then(|| view! { <IssueCredentials action=issue/> })}
        <ActionForm action=next>
            <button type="submit" class="button button--secondary">"Personne suivante"</button>
        </ActionForm>
    }
}

/// What the agent hands over: the printed document des secrets.
#[component]
fn HandOverBox(handover: HandOver) -> impl IntoView {
    let text = match (&handover.login, handover.printable) {
        (Some(login), true) => format!(
            "Données de connexion prêtes. Identifiant : {login}. Imprimez le document des secrets \
             et remettez-le à la personne : le mot de passe initial n'apparaît que sur ce document."
        ),
        (Some(_), false) => "Le document des secrets n'est plus disponible (15 minutes passées ou \
            serveur redémarré) : remettez de nouvelles données de connexion."
            .to_string(),
        (None, _) => "DMP créé sans accès internet : les professionnels de santé que la personne \
            consulte peuvent l'utiliser. Remettez-lui le document de création ; elle pourra \
            revenir avec une adresse e-mail ou un numéro de mobile pour recevoir ses données de \
            connexion."
            .to_string(),
    };
    let printable = handover.printable || handover.login.is_none();
    view! {
        <div class="notice notice--success" role="status">
            <p>{text}</p>
            {printable.then(|| view! {
                <p><a class="button" href=DESK_SECRETS_PDF_PATH rel="external" download>
                    "Télécharger le document des secrets (PDF)"
                </a></p>
            })}
        </div>
    }
}

/// The three questions, in the words of the national day of 12 November
/// 2018, asked to the person or their legal representative.
#[component]
fn ThreeQuestions(action: ServerAction<DeskCreate>, minor: bool) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(
        action.value(),
        &[
            Field::Accept,
            Field::Samu,
            Field::BrisDeGlace,
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
        <p>"Posez ces questions à la personne, ou à son représentant légal, et notez ses réponses."</p>
        <ActionForm action attr:novalidate=true attr:autocomplete="off">
            <ErrorSummary errors/>
            <QuestionsFields errors minor/>
            <GeneralErrors messages=general/>
            <div class="actions">
                <button type="submit" class="button button--large">"Créer le DMP"</button>
            </div>
        </ActionForm>
    }
}

/// New connection data, with a contact added or changed.
#[component]
fn IssueCredentials(action: ServerAction<DeskCredentials>) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(
        action.value(),
        &[
            Field::Email,
            Field::EmailConfirm,
            Field::Mobile,
            Field::MobileConfirm,
        ],
        errors,
        general,
    );
    let text = || RwSignal::new(String::new());
    let (email, email_confirm, mobile, mobile_confirm) = (text(), text(), text(), text());
    view! {
        <h2>"Remettre de nouvelles données de connexion"</h2>
        <p>
            "Un nouvel identifiant n'est pas créé : la personne garde le sien et reçoit un mot de "
            "passe provisoire sur le document des secrets ; l'ancien ne fonctionne plus."
        </p>
        <ActionForm action attr:novalidate=true attr:autocomplete="off">
            <ErrorSummary errors/>
            <fieldset class="group">
                <legend>"Ajouter ou changer un moyen de contact (facultatif si elle en a déjà un)"</legend>
                <TextField field=Field::Email name="form[email]" label="Adresse e-mail"
                    value=email errors input_type="email" maxlength=254/>
                <TextField field=Field::EmailConfirm name="form[email_confirm]" label="Confirmez l'adresse e-mail"
                    value=email_confirm errors input_type="email" maxlength=254/>
                <TextField field=Field::Mobile name="form[mobile]" label="Téléphone mobile"
                    hint="10 chiffres, commençant par 06 ou 07." value=mobile errors input_type="tel" maxlength=20/>
                <TextField field=Field::MobileConfirm name="form[mobile_confirm]" label="Confirmez le téléphone mobile"
                    value=mobile_confirm errors input_type="tel" maxlength=20/>
            </fieldset>
            <GeneralErrors messages=general/>
            <div class="actions">
                <button type="submit" class="button">"Remettre de nouvelles données de connexion"</button>
            </div>
        </ActionForm>
    }
}
