//! The summary of the Espace personnel's information and one page per
//! subject, each a plain form (JavaScript adds instant checks).

use super::*;
use crate::error::PortalError;
use crate::forms::ui::{track_errors, ErrorSummary, GeneralErrors, TextArea, TextField};
use crate::record::RecordNav;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

/// Loads the information once for a page; `Ok(None)`: nobody signed in.
fn with_space(
    render: impl Fn(PersonalSpace) -> AnyView + Send + Sync + Clone + 'static,
) -> impl IntoView {
    let query = use_query_map();
    let data = Resource::new(
        move || query.with(|q| q.get("fait").unwrap_or_default()),
        |_| load_personal_space(),
    );
    crate::record::when_signed_in(data, render)
}

fn or_missing(text: &str) -> String {
    if text.trim().is_empty() {
        "Non renseigné".to_string()
    } else {
        text.to_string()
    }
}

#[component]
pub fn PersonalSummaryPage() -> impl IntoView {
    let query = use_query_map();
    let done = move || query.with(|q| q.get("fait")).and_then(|c| done_message(&c));
    view! {
        <Title text="Mes informations personnelles"/>
        <section class="container record">
            <RecordNav/>
            <h1>"Mes informations personnelles"</h1>
            {move || done().map(|m| view! {
                <div class="notice notice--success" role="status"><p>{m}</p></div>
            })}
            <p>
                "Ces informations font partie de votre espace personnel. Les professionnels de santé qui "
                "ont accès à votre DMP peuvent les lire : elles les aident à vous soigner, surtout en urgence."
            </p>
            {with_space(|s| view! { <Summary s/> }.into_any())}
        </section>
    }
}

#[component]
fn Summary(s: PersonalSpace) -> impl IntoView {
    let edit = |segment: &'static str, label: &'static str| {
        view! { <p><A href=subject_path(segment) attr:class="button button--secondary">{label}</A></p> }
    };
    let n = s.notes;
    let c = s.coordinates;
    let address = if c.address.is_empty() && c.town.is_empty() {
        "Non renseignée".to_string()
    } else {
        format!("{} {} {}", c.address, c.postal_code, c.town)
            .trim()
            .to_string()
    };
    let organ = ORGAN_CHOICES
        .iter()
        .find(|(code, _)| *code == s.organ_donation)
        .map(|(_, text)| *text)
        .unwrap_or_default();
    let trusted = s.trusted.clone();
    view! {
        <section class="personal-section" aria-labelledby="notes-titre">
            <h2 id="notes-titre">"Mes notes de santé"</h2>
            <p class="field__hint">
                "Ce que vous écrivez ici. Les documents que vous avez déposés sont dans l'espace "
                <A href=crate::record::documents::space_path("personnel")>"Espace personnel"</A>"."
            </p>
            <dl class="identity__list">
                <dt>"Allergies"</dt><dd class="multiline">{or_missing(&n.allergies)}</dd>
                <dt>"Antécédents"</dt><dd class="multiline">{or_missing(&n.history)}</dd>
                <dt>"Opérations"</dt><dd class="multiline">{or_missing(&n.operations)}</dd>
                <dt>"Groupe sanguin"</dt><dd>{or_missing(&n.blood_group)}</dd>
                <dt>"Note libre"</dt><dd class="multiline">{or_missing(&n.free_note)}</dd>
            </dl>
            {edit("notes", "Modifier mes notes de santé")}
        </section>
        <section class="personal-section" aria-labelledby="coordonnees-titre">
            <h2 id="coordonnees-titre">"Mes coordonnées"</h2>
            <dl class="identity__list">
                <dt>"Adresse postale"</dt><dd>{address}</dd>
                <dt>"Téléphone"</dt><dd>{or_missing(&c.phone)}</dd>
            </dl>
            {edit("coordonnees", "Modifier mes coordonnées")}
        </section>
        <section class="personal-section" aria-labelledby="prevenir-titre">
            <h2 id="prevenir-titre">"Personnes à prévenir en cas d'urgence"</h2>
            {if s.contacts.is_empty() {
                view! { <p>"Aucune personne à prévenir pour l'instant."</p> }.into_any()
            } else {
                view! { <People contacts=s.contacts.clone() removable=false/> }.into_any()
            }}
            {edit("personnes-a-prevenir", "Ajouter ou retirer une personne à prévenir")}
        </section>
        <section class="personal-section" aria-labelledby="confiance-titre">
            <h2 id="confiance-titre">"Ma personne de confiance"</h2>
            {match trusted {
                Some(p) => view! { <p>{describe(&p)}</p> }.into_any(),
                None => view! { <p>"Vous n'avez pas indiqué de personne de confiance."</p> }.into_any(),
            }}
            {edit("personne-de-confiance", "Indiquer ou modifier ma personne de confiance")}
        </section>
        <section class="personal-section" aria-labelledby="directives-titre">
            <h2 id="directives-titre">"Mes directives anticipées"</h2>
            {match s.directives.clone() {
                Some(d) => view! {
                    <p>{format!("Rédigées en ligne le {}.", d.date)}" "
                        <A href=crate::record::documents::document_path(d.document_id)>"Lire mes directives"</A>
                    </p>
                }.into_any(),
                None => view! { <p>"Vous n'avez pas rédigé de directives anticipées en ligne."</p> }.into_any(),
            }}
            {edit("directives-anticipees", "Rédiger mes directives anticipées")}
        </section>
        <section class="personal-section" aria-labelledby="don-titre">
            <h2 id="don-titre">"Don d'organes"</h2>
            <p>{organ}</p>
            {edit("don-d-organes", "Modifier mon choix")}
        </section>
    }
}

fn describe(p: &Person) -> String {
    let relation = if p.relation.is_empty() {
        String::new()
    } else {
        format!(" ({})", p.relation)
    };
    format!("{} {}{relation}, {}", p.first_name, p.last_name, p.phone)
}

#[component]
fn People(contacts: Vec<Contact>, removable: bool) -> impl IntoView {
    view! {
        <ul class="people">
            {contacts.into_iter().map(|c| view! {
                <li>
                    {describe(&c.person)}
                    {removable.then(|| view! { <RemoveContact id=c.id name=format!("{} {}", c.person.first_name, c.person.last_name)/> })}
                </li>
            }).collect_view()}
        </ul>
    }
}

#[component]
fn RemoveContact(id: i64, name: String) -> impl IntoView {
    let action = ServerAction::<RemoveEmergencyContact>::new();
    view! {
        <ActionForm action attr:class="inline-form">
            <input type="hidden" name="id" value=id.to_string()/>
            <button type="submit" class="button button--secondary">
                "Retirer"<span class="visually-hidden">{format!(" {name}")}</span>
            </button>
        </ActionForm>
    }
}

#[component]
pub fn PersonalSubjectPage() -> impl IntoView {
    let params = use_params_map();
    let segment = params.with_untracked(|p| p.get("rubrique").unwrap_or_default());
    let Some((segment, title)) = SUBJECTS.iter().find(|(s, _)| *s == segment).copied() else {
        #[cfg(feature = "ssr")]
        crate::http::not_found();
        return view! {
            <Title text="Page introuvable"/>
            <section class="container record">
                <RecordNav/>
                <h1>"Page introuvable"</h1>
                <p><A href=PATH>"Retour à mes informations personnelles"</A></p>
            </section>
        }
        .into_any();
    };
    view! {
        <Title text=title/>
        <section class="container record">
            <RecordNav/>
            <p><A href=PATH>"← Mes informations personnelles"</A></p>
            <h1>{title}</h1>
            {with_space(move |s| match segment {
                "notes" => view! { <NotesForm notes=s.notes/> }.into_any(),
                "coordonnees" => view! { <CoordinatesForm c=s.coordinates/> }.into_any(),
                "personnes-a-prevenir" => view! { <ContactsForm contacts=s.contacts/> }.into_any(),
                "personne-de-confiance" => view! { <TrustedForm trusted=s.trusted/> }.into_any(),
                "directives-anticipees" => view! { <DirectivesForm directives=s.directives/> }.into_any(),
                _ => view! { <OrganForm choice=s.organ_donation/> }.into_any(),
            })}
        </section>
    }
    .into_any()
}

/// The errors every form of these pages shows after a post.
struct FormState {
    errors: RwSignal<Vec<FieldError>>,
    general: RwSignal<Vec<String>>,
}

fn form_state<S>(action: ServerAction<S>, fields: &'static [Field]) -> FormState
where
    S: ServerFn<Output = (), Error = PortalError> + Clone + Send + Sync + 'static,
{
    let errors = RwSignal::new(Vec::new());
    let general = RwSignal::new(Vec::new());
    track_errors(action.value(), fields, errors, general);
    FormState { errors, general }
}

#[component]
fn NotesForm(notes: HealthNotes) -> impl IntoView {
    let action = ServerAction::<SaveHealthNotes>::new();
    let f = form_state(
        action,
        &[
            Field::Allergies,
            Field::History,
            Field::Operations,
            Field::BloodGroup,
            Field::FreeNote,
        ],
    );
    let errors = f.errors;
    let group = notes.blood_group.clone();
    view! {
        <p>"Notez ce qu'un soignant doit savoir de vous. Tous les champs sont facultatifs."</p>
        <form method="post" action=SaveHealthNotes::url() novalidate>
            <ErrorSummary errors/>
            <GeneralErrors messages=f.general/>
            <TextArea field=Field::Allergies name="form[allergies]" label="Allergies"
                hint="Médicaments, aliments, produits… et ce qu'ils provoquent." value=notes.allergies errors maxlength=2000/>
            <TextArea field=Field::History name="form[history]" label="Antécédents"
                hint="Maladies que vous avez eues ou avez, y compris dans votre famille proche." value=notes.history errors maxlength=2000/>
            <TextArea field=Field::Operations name="form[operations]" label="Opérations"
                hint="Avec leur année, si vous la connaissez." value=notes.operations errors maxlength=2000/>
            <div class="field">
                <label class="field__label" for="blood_group">"Groupe sanguin"</label>
                {crate::forms::ui::field_error(errors, Field::BloodGroup)}
                <select class="field__input" id="blood_group" name="form[blood_group]">
                    <option value="" selected=group.is_empty()>"Je ne sais pas"</option>
                    {BLOOD_GROUPS.iter().map(|g| view! {
                        <option value=*g selected=*g == group>{*g}</option>
                    }).collect_view()}
                </select>
            </div>
            <TextArea field=Field::FreeNote name="form[free_note]" label="Note libre"
                value=notes.free_note errors maxlength=2000/>
            <div class="actions">
                <button type="submit" class="button button--large">"Enregistrer mes notes"</button>
            </div>
        </form>
    }
}

#[component]
fn CoordinatesForm(c: Coordinates) -> impl IntoView {
    let action = ServerAction::<SaveCoordinates>::new();
    let f = form_state(
        action,
        &[Field::Address, Field::PostalCode, Field::Town, Field::Phone],
    );
    let errors = f.errors;
    view! {
        <p>"Votre adresse et votre téléphone, pour que les soignants puissent vous joindre. Tout est facultatif."</p>
        <form method="post" action=SaveCoordinates::url() novalidate>
            <ErrorSummary errors/>
            <GeneralErrors messages=f.general/>
            <TextField field=Field::Address name="form[address]" label="Adresse (numéro et rue)"
                value=RwSignal::new(c.address) errors autocomplete="street-address" maxlength=200/>
            <TextField field=Field::PostalCode name="form[postal_code]" label="Code postal"
                value=RwSignal::new(c.postal_code) errors autocomplete="postal-code" inputmode="numeric" maxlength=6/>
            <TextField field=Field::Town name="form[town]" label="Commune"
                value=RwSignal::new(c.town) errors autocomplete="address-level2" maxlength=100/>
            <TextField field=Field::Phone name="form[phone]" label="Téléphone" hint="Par exemple 01 23 45 67 89."
                value=RwSignal::new(c.phone) errors input_type="tel" autocomplete="tel" maxlength=20/>
            <div class="actions">
                <button type="submit" class="button button--large">"Enregistrer mes coordonnées"</button>
            </div>
        </form>
    }
}

#[component]
fn ContactsForm(contacts: Vec<Contact>) -> impl IntoView {
    let action = ServerAction::<AddEmergencyContact>::new();
    let f = form_state(
        action,
        &[
            Field::ContactLastName,
            Field::ContactFirstName,
            Field::ContactRelation,
            Field::ContactPhone,
        ],
    );
    let errors = f.errors;
    let full = contacts.len() as i64 >= CONTACTS_MAX;
    view! {
        <p>"Les personnes que les soignants peuvent appeler si vous avez un accident ou un malaise. "
            {format!("Vous pouvez en indiquer {CONTACTS_MAX} au plus.")}</p>
        {if contacts.is_empty() {
            view! { <p>"Aucune personne à prévenir pour l'instant."</p> }.into_any()
        } else {
            view! { <h2>"Mes personnes à prévenir"</h2><People contacts removable=true/> }.into_any()
        }}
        <h2>"Ajouter une personne à prévenir"</h2>
        {if full {
            view! { <p>"Votre liste est complète : retirez une personne pour en ajouter une autre."</p> }.into_any()
        } else {
            view! {
                <form method="post" action=AddEmergencyContact::url() novalidate>
                    <ErrorSummary errors/>
                    <GeneralErrors messages=f.general/>
                    <PersonFields role=Role::Emergency person=Person::default() errors/>
                    <div class="actions">
                        <button type="submit" class="button button--large">"Ajouter cette personne"</button>
                    </div>
                </form>
            }.into_any()
        }}
    }
}

#[component]
fn PersonFields(role: Role, person: Person, errors: RwSignal<Vec<FieldError>>) -> impl IntoView {
    let [last, first, relation, phone] = role.fields();
    view! {
        <TextField field=last name="form[last_name]" label="Nom" required=true
            value=RwSignal::new(person.last_name) errors autocomplete="off" maxlength=100/>
        <TextField field=first name="form[first_name]" label="Prénom" required=true
            value=RwSignal::new(person.first_name) errors autocomplete="off" maxlength=100/>
        <TextField field=relation name="form[relation]" label="Lien avec vous" hint="Par exemple : fille, voisin, ami."
            value=RwSignal::new(person.relation) errors autocomplete="off" maxlength=60/>
        <TextField field=phone name="form[phone]" label="Téléphone" required=true hint="Par exemple 06 12 34 56 78."
            value=RwSignal::new(person.phone) errors input_type="tel" autocomplete="off" maxlength=20/>
    }
}

#[component]
fn TrustedForm(trusted: Option<Person>) -> impl IntoView {
    let action = ServerAction::<SaveTrustedPerson>::new();
    let remove = ServerAction::<RemoveTrustedPerson>::new();
    let f = form_state(
        action,
        &[
            Field::TrustedLastName,
            Field::TrustedFirstName,
            Field::TrustedRelation,
            Field::TrustedPhone,
        ],
    );
    let errors = f.errors;
    let has = trusted.is_some();
    view! {
        <p>
            "La personne de confiance vous accompagne dans vos démarches et vos rendez-vous médicaux si vous le "
            "souhaitez. Si un jour vous ne pouvez plus vous exprimer, les médecins la consulteront en premier : "
            "elle dira ce que vous auriez voulu. Ce peut être un proche, un parent ou votre médecin traitant."
        </p>
        <p>
            "Sa désignation se fait par écrit, signée par vous et par elle ; l'indiquer ici permet aux soignants "
            "de savoir qui elle est et comment la joindre."
        </p>
        <form method="post" action=SaveTrustedPerson::url() novalidate>
            <ErrorSummary errors/>
            <GeneralErrors messages=f.general/>
            <PersonFields role=Role::Trusted person=trusted.unwrap_or_default() errors/>
            <div class="actions">
                <button type="submit" class="button button--large">"Enregistrer ma personne de confiance"</button>
            </div>
        </form>
        {has.then(|| view! {
            <ActionForm action=remove attr:class="inline-form">
                <button type="submit" class="button button--secondary">"Retirer ma personne de confiance"</button>
            </ActionForm>
        })}
    }
}

#[component]
fn DirectivesForm(directives: Option<WrittenDirectives>) -> impl IntoView {
    let action = ServerAction::<SaveDirectives>::new();
    let f = form_state(action, &[Field::Directives]);
    let errors = f.errors;
    view! {
        <p>
            "Les directives anticipées disent ce que vous souhaitez pour la fin de votre vie, au cas où vous ne "
            "pourriez plus l'exprimer : poursuivre, limiter ou arrêter les traitements, être soulagé de la "
            "douleur… Les médecins doivent les respecter. Vous pouvez les modifier ou les supprimer à tout moment."
        </p>
        <p>"Vous pouvez par exemple écrire :"</p>
        <ul>
            <li>"ce qui compte le plus pour vous ;"</li>
            <li>"les traitements que vous acceptez ou refusez (réanimation, respiration artificielle, alimentation par sonde…) ;"</li>
            <li>"où vous souhaitez être soigné, et qui vous souhaitez près de vous."</li>
        </ul>
        {directives.as_ref().map(|d| view! {
            <p>{format!("Version actuelle rédigée le {}. En enregistrant, vous la remplacez.", d.date)}</p>
        })}
        <form method="post" action=SaveDirectives::url() novalidate>
            <ErrorSummary errors/>
            <GeneralErrors messages=f.general/>
            <TextArea field=Field::Directives name="text" label="Mes directives anticipées"
                value=directives.map(|d| d.text).unwrap_or_default() errors maxlength=10000 rows=12/>
            <div class="actions">
                <button type="submit" class="button button--large">"Enregistrer mes directives"</button>
            </div>
        </form>
        <p>
            "Vous les avez déjà écrites sur papier ? "
            <A href=crate::record::upload::PATH>"Déposez le document"</A>
            " en choisissant le type « Directives anticipées »."
        </p>
    }
}

#[component]
fn OrganForm(choice: String) -> impl IntoView {
    let action = ServerAction::<SaveOrganDonation>::new();
    let f = form_state(action, &[Field::OrganDonation]);
    let errors = f.errors;
    view! {
        <p>
            "En France, la loi considère que chacun est donneur d'organes et de tissus après sa mort, sauf s'il "
            "a exprimé son refus. Votre choix indiqué ici informe les soignants et vos proches."
        </p>
        <p>
            "Pour que votre refus soit pris en compte à coup sûr, inscrivez-vous aussi au registre national des "
            "refus, tenu par l'Agence de la biomédecine."
        </p>
        <form method="post" action=SaveOrganDonation::url() novalidate>
            <ErrorSummary errors/>
            <GeneralErrors messages=f.general/>
            <fieldset class="field">
                <legend class="field__label">"Mon choix"</legend>
                {ORGAN_CHOICES.iter().enumerate().map(|(i, (code, text))| {
                    // The error summary links to the first answer.
                    let id = if i == 0 { Field::OrganDonation.id().to_string() } else { format!("don-{code}") };
                    view! {
                        <div class="choice">
                            <input type="radio" id=id.clone() name="choice" value=*code checked=*code == choice/>
                            <label for=id>{*text}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <div class="actions">
                <button type="submit" class="button button--large">"Enregistrer mon choix"</button>
            </div>
        </form>
    }
}
