//! `/guichet`: the console's page.

use super::*;
use crate::forms::ui::{track_errors, ErrorSummary, GeneralErrors, TextField};
use crate::layout::staff::{StaffNotSignedIn, StaffOtherRole};
use crate::opening::questions::{CardInHandFields, ContactFields, QuestionsFields};
use crate::paths::DESK_SECRETS_PDF_PATH;

const RESERVED: &str = "Cette console est réservée aux agents d'accueil de l'Assurance Maladie.";
use leptos_meta::Title;

#[component]
pub fn DeskPageView() -> impl IntoView {
    let next = ServerAction::<DeskNext>::new();
    let create = ServerAction::<DeskCreate>::new();
    let issue = ServerAction::<DeskCredentials>::new();
    let add = ServerAction::<DeskAddRepresentative>::new();
    let end = ServerAction::<DeskEndRepresentative>::new();
    let close = ServerAction::<DeskClose>::new();
    let state = Resource::new(
        move || {
            (
                next.version().get(),
                create.version().get(),
                issue.version().get(),
                add.version().get(),
                end.version().get(),
                close.version().get(),
            )
        },
        |_| load_desk(),
    );
    let actions = Actions {
        next,
        create,
        issue,
        add,
        end,
        close,
    };
    view! {
        <Title text="Console d'accueil"/>
        <section class="container account">
            <h1>"Console d'accueil"</h1>
            <Suspense fallback=|| view! { <p>{crate::i18n::t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match state.await {
                        Ok(DeskPage::Ready { agent, place, person, kiosk }) => view! {
                            {kiosk.map(|(idle, warning)| view! { <AssistedKiosk idle warning/> })}
                            <p>{match place {
                                Some(p) => format!("{agent} — {p}"),
                                None => agent,
                            }}</p>
                            {match person {
                                Some(p) => view! { <Served person=*p actions/> }.into_any(),
                                None => view! { <IdentifyForm/> }.into_any(),
                            }}
                        }.into_any(),
                        Ok(DeskPage::Refused(role)) => view! { <StaffOtherRole reserved=RESERVED role/> }.into_any(),
                        Ok(DeskPage::NotSignedIn) => view! { <StaffNotSignedIn reserved=RESERVED/> }.into_any(),
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
    view! {
        <h2>"Identifier la personne"</h2>
        <p>"Avec la carte Vitale que la personne vous présente : pas de code de création au guichet."</p>
        <ActionForm action attr:novalidate=true attr:autocomplete="off">
            <ErrorSummary errors/>
            <CardInHandFields errors presence="La personne (ou son représentant légal) est devant moi avec sa carte Vitale."/>
            <GeneralErrors messages=general/>
            <div class="actions">
                <button type="submit" class="button button--large">"Identifier la personne"</button>
            </div>
        </ActionForm>
    }
}

/// The console's forms, whose answers refresh the page.
#[derive(Clone, Copy)]
struct Actions {
    next: ServerAction<DeskNext>,
    create: ServerAction<DeskCreate>,
    issue: ServerAction<DeskCredentials>,
    add: ServerAction<DeskAddRepresentative>,
    end: ServerAction<DeskEndRepresentative>,
    close: ServerAction<DeskClose>,
}

#[component]
fn Served(person: Person, actions: Actions) -> impl IntoView {
    let Actions {
        next,
        create,
        issue,
        add,
        end,
        close,
    } = actions;
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
        {handover.map(|h| view! { <HandOverBox handover=h name=person.handover_for.clone()/> })}
        {(!has_record).then(|| view! { <ThreeQuestions action=create minor/> })}
        {open.then(|| view! {
            <IssueCredentials action=issue minor representatives=person.representatives.clone()/>
        })}
        {open.then(|| view! {
            <Representatives list=person.representatives.clone() may_add=person.may_add_representative
                minor add end/>
        })}
        {open.then(|| view! { <CloseRecord action=close/> })}
        <ActionForm action=next>
            <button type="submit" class="button button--secondary">"Personne suivante"</button>
        </ActionForm>
    }
}

/// What the agent hands over: the printed document des secrets.
#[component]
fn HandOverBox(handover: HandOver, name: Option<String>) -> impl IntoView {
    let text = match (&handover.login, handover.printable) {
        (Some(login), true) => format!(
            "Données de connexion prêtes{}. Identifiant : {login}. Imprimez le document des \
             secrets et remettez-le : le mot de passe initial n'apparaît que sur ce document.",
            name.map(|n| format!(" pour {n}")).unwrap_or_default()
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
fn IssueCredentials(
    action: ServerAction<DeskCredentials>,
    minor: bool,
    representatives: Vec<(i64, String)>,
) -> impl IntoView {
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
    view! {
        <h2>"Remettre de nouvelles données de connexion"</h2>
        <p>
            "Un nouvel identifiant n'est pas créé : la personne garde le sien et reçoit un mot de "
            "passe provisoire sur le document des secrets ; l'ancien ne fonctionne plus."
        </p>
        <ActionForm action attr:novalidate=true attr:autocomplete="off">
            {(!representatives.is_empty()).then(|| view! {
                <div class="field">
                    <label class="field__label" for="representative">"Pour qui ?"</label>
                    <select class="field__input" id="representative" name="form[representative]">
                        {(!minor).then(|| view! { <option value="">"La personne elle-même"</option> })}
                        {representatives.iter().map(|(id, label)| view! {
                            <option value=id.to_string()>{label.clone()}</option>
                        }).collect_view()}
                    </select>
                </div>
            })}
            <ErrorSummary errors/>
            <fieldset class="group">
                <legend>"Ajouter ou changer un moyen de contact (facultatif si elle en a déjà un)"</legend>
                <ContactFields errors/>
            </fieldset>
            <GeneralErrors messages=general/>
            <div class="actions">
                <button type="submit" class="button">"Remettre de nouvelles données de connexion"</button>
            </div>
        </ActionForm>
    }
}

/// The record's legal representatives (or guardians), each ended here on
/// the proof shown, and a new one recorded.
#[component]
fn Representatives(
    list: Vec<(i64, String)>,
    may_add: bool,
    minor: bool,
    add: ServerAction<DeskAddRepresentative>,
    end: ServerAction<DeskEndRepresentative>,
) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(
        add.value(),
        &[
            Field::RepRelation,
            Field::RepBirthName,
            Field::RepFirstNames,
            Field::Email,
            Field::EmailConfirm,
            Field::Mobile,
            Field::MobileConfirm,
            Field::Presence,
        ],
        errors,
        general,
    );
    let text = || RwSignal::new(String::new());
    let (birth_name, first_names) = (text(), text());
    let (title, add_title) = if minor {
        ("Représentants légaux", "Enregistrer un représentant légal")
    } else {
        ("Tutelle", "Enregistrer un tuteur (personne sous tutelle)")
    };
    view! {
        <h2>{title}</h2>
        {if list.is_empty() {
            view! { <p>"Aucun représentant légal ni tuteur n'a accès à ce DMP."</p> }.into_any()
        } else {
            view! {
                <ul class="representatives">
                    {list.into_iter().map(|(id, label)| view! {
                        <li>
                            {label}
                            <ActionForm action=end attr:class="inline-form">
                                <input type="hidden" name="id" value=id.to_string()/>
                                <button type="submit" class="button button--secondary">"Mettre fin à son accès"</button>
                            </ActionForm>
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        {may_add.then(|| view! {
            <h3>{add_title}</h3>
            <p>
                "Il aura ses propres données de connexion, remises sur le document des secrets, "
                "et recevra ses codes sur son adresse e-mail ou son mobile."
            </p>
            <ActionForm action=add attr:novalidate=true attr:autocomplete="off">
                <ErrorSummary errors/>
                {minor.then(|| view! {
                    <div class="field">
                        <label class="field__label" for="rep_relation">"Lien avec l'enfant"<span class="field__required">" (obligatoire)"</span></label>
                        {crate::forms::ui::field_error(errors, Field::RepRelation)}
                        <select class="field__input" id="rep_relation" name="form[rep_relation]">
                            <option value="">"Choisissez"</option>
                            {crate::forms::people::RELATIONS.iter().map(|(code, label)| view! { <option value=*code>{crate::i18n::t(label)}</option> }).collect_view()}
                        </select>
                    </div>
                })}
                <TextField field=Field::RepBirthName name="form[rep_birth_name]" label="Nom de naissance"
                    required=true value=birth_name errors maxlength=80/>
                <TextField field=Field::RepFirstNames name="form[rep_first_names]" label="Prénom"
                    required=true value=first_names errors maxlength=80/>
                <ContactFields errors email_label="Son adresse e-mail" mobile_label="Son téléphone mobile"/>
                <div class="field" id="presence">
                    {crate::forms::ui::field_error(errors, Field::Presence)}
                    <label class="choice">
                        <input type="checkbox" name="form[proof]" value="on"/>
                        <span class="choice__label">
                            {if minor {
                                "J'ai vu le livret de famille ou le jugement qui établit ce lien."
                            } else {
                                "J'ai vu le jugement de tutelle qui désigne cette personne."
                            }}
                        </span>
                    </label>
                </div>
                <GeneralErrors messages=general/>
                <div class="actions">
                    <button type="submit" class="button">{add_title}</button>
                </div>
            </ActionForm>
        })}
    }
}

/// « Clôturer le DMP », asked in person.
#[component]
fn CloseRecord(action: ServerAction<DeskClose>) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(action.value(), &[Field::Consent], errors, general);
    view! {
        <h2>"Clôturer le DMP"</h2>
        <details class="terms-inline">
            <summary>"La personne demande la clôture de son DMP"</summary>
            <p>
                "Expliquez-lui qu'une fois clôturé, plus personne, ni elle ni les professionnels de santé, "
                "ne peut le consulter ni l'alimenter ; ses directives anticipées n'y sont plus accessibles ; "
                "il est archivé 10 ans puis détruit ; elle peut le rouvrir pendant ces 10 ans."
            </p>
            <ActionForm action attr:novalidate=true>
                <ErrorSummary errors/>
                <div class="field" id="consent">
                    {crate::forms::ui::field_error(errors, Field::Consent)}
                    <label class="choice">
                        <input type="checkbox" name="confirm" value="on"/>
                        <span class="choice__label">"La personne, présente, demande la clôture de son DMP ; je lui en ai expliqué les conséquences."</span>
                    </label>
                </div>
                <GeneralErrors messages=general/>
                <div class="actions">
                    <button type="submit" class="button button--danger">"Clôturer le DMP"</button>
                </div>
            </ActionForm>
        </details>
    }
}

/// On a reception-desk kiosk the console is an assisted session on a
/// shared device: it says so, and after a quiet while it forgets the
/// person and signs the agent out (the browser's part is `browser::idle`).
#[component]
fn AssistedKiosk(idle: u32, warning: u32) -> impl IntoView {
    let end_path = <DeskEndSession as leptos::server_fn::ServerFn>::PATH;
    view! {
        <p class="notice" role="status">
            "Borne en accueil assisté : la console se ferme seule après un temps sans activité."
        </p>
        <crate::layout::idle::IdleGuard
            idle
            warning
            count_activity=true
            title="Êtes-vous toujours là ?"
            message="Par sécurité, la console d'accueil se fermera dans {n} secondes."
            button="Je continue"
            end=end_path
            then=crate::paths::KIOSK_PATH.to_string()
        />
    }
}
