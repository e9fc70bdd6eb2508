//! « Espace professionnel de santé »: card sign-in.

use super::*;
use crate::forms::fields::FieldError;
use crate::forms::ui::{checked_submit, field_error, live_check, track_address_errors, TextField};
use crate::forms::ui::{track_errors, ErrorSummary, GeneralErrors};
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ProfessionalPage() -> impl IntoView {
    // With JavaScript the forms answer by moving to this same page: its
    // data follows each answer.
    let sign_in = ServerAction::<ProfessionalSignIn>::new();
    let sign_out = ServerAction::<ProfessionalSignOut>::new();
    let home = Resource::new(
        move || (sign_in.version().get(), sign_out.version().get()),
        |_| load_professional_home(),
    );
    view! {
        <Title text="Espace professionnel de santé"/>
        <section class="container professional">
            <h1>"Espace professionnel de santé"</h1>
            <Suspense fallback=|| view! { <p>"Chargement…"</p> }>
                {move || Suspend::new(async move {
                    match home.await {
                        Ok(h) => match h.signed_in.clone() {
                            Some(label) => view! {
                                <EmergencyBanner text=h.emergency.clone()/>
                                <SignedIn label action=sign_out/>
                            }.into_any(),
                            None if !h.demo => view! {
                                <div class="notice" role="status">
                                    <p>
                                        "La connexion avec une carte de professionnel de santé demande un lecteur de carte, "
                                        "que ce portail ne prend pas encore en charge."
                                    </p>
                                </div>
                            }.into_any(),
                            None => view! { <CardSignIn home=h action=sign_in/> }.into_any(),
                        },
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
fn SignedIn(label: String, action: ServerAction<ProfessionalSignOut>) -> impl IntoView {
    view! {
        <div class="notice" role="status">
            <p>"Connecté avec la carte de : "<strong>{label}</strong></p>
        </div>
        <PatientSearch/>
        <ActionForm action attr:class="sign-out">
            <button type="submit" class="button button--secondary">"Retirer ma carte (déconnexion)"</button>
        </ActionForm>
    }
}

#[component]
fn CardSignIn(home: ProfessionalHome, action: ServerAction<ProfessionalSignIn>) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(action.value(), FIELDS, errors, general);
    let error = move |field: Field| field_error(errors, field);
    view! {
        <p>
            "Connectez-vous avec votre carte de professionnel de santé (CPS). "
            {if home.demo {
                "Dans cette démonstration, choisissez une carte de test : toutes ont le code PIN 1234. "
            } else {
                ""
            }}
            "Trois codes PIN erronés bloquent la carte."
        </p>
        <ActionForm action attr:novalidate=true attr:autocomplete="off">
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <div class="field">
                <label class="field__label" for=Field::Card.id()>"Carte"</label>
                {error(Field::Card)}
                <select class="field__input" id=Field::Card.id() name="card">
                    {home.cards.into_iter().map(|c| {
                        let text = if c.blocked { format!("{} (bloquée)", c.label) } else { c.label };
                        view! { <option value=c.number>{text}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label class="field__label" for=Field::Pin.id()>"Code PIN"</label>
                {error(Field::Pin)}
                <input class="field__input field__input--short" id=Field::Pin.id() name="pin" type="password"
                    inputmode="numeric" maxlength="8" autocomplete="off"/>
            </div>
            <div class="actions">
                <button type="submit" class="button button--large">"Valider le code PIN"</button>
            </div>
        </ActionForm>
    }
}

#[component]
fn PatientSearch() -> impl IntoView {
    let action = ServerAction::<FindPatientRecord>::new();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(action.value(), SEARCH_FIELDS, errors, general);
    let form = NodeRef::<leptos::html::Form>::new();
    let summary = NodeRef::<leptos::html::Div>::new();
    let check: fn(&FindPatientRecord) -> Vec<FieldError> = |s| s.form.check();
    let on_blur = live_check(form, errors, check);
    let text = || RwSignal::new(String::new());
    view! {
        <h2>"Rechercher le DMP d'un patient"</h2>
        <p>"Saisissez l'INS du patient, ou ses traits d'identité. La réponse dit seulement si un DMP existe."</p>
        <form method="post" action=FindPatientRecord::url() novalidate node_ref=form
            on:submit=checked_submit(action, errors, summary, check)>
            <ErrorSummary errors node_ref=summary/>
            <GeneralErrors messages=general/>
            <TextField field=Field::PatientIns name="form[ins]" label="INS (numéro de sécurité sociale du patient)"
                value=text() errors on_blur inputmode="numeric" maxlength=25/>
            <fieldset class="group">
                <legend>"Ou ses traits d'identité"</legend>
                <TextField field=Field::PatientBirthName name="form[birth_name]" label="Nom de naissance"
                    value=text() errors on_blur maxlength=100/>
                <TextField field=Field::PatientFirstName name="form[first_name]" label="Premier prénom"
                    value=text() errors on_blur maxlength=100/>
                <TextField field=Field::PatientBirthDate name="form[birth_date]" label="Date de naissance"
                    value=text() errors on_blur input_type="date"/>
                <div class="field">
                    <label class="field__label" for=Field::PatientSex.id()>"Sexe"</label>
                    {crate::forms::ui::field_error(errors, Field::PatientSex)}
                    <select class="field__input" id=Field::PatientSex.id() name="form[sex]">
                        <option value="">"Choisissez"</option>
                        <option value="F">"Féminin"</option>
                        <option value="M">"Masculin"</option>
                    </select>
                </div>
            </fieldset>
            <div class="actions">
                <button type="submit" class="button button--large">"Rechercher le DMP"</button>
            </div>
        </form>
    }
}

/// Shown on every page of a record reached in an emergency mode.
#[component]
fn EmergencyBanner(text: Option<String>) -> impl IntoView {
    text.map(|t| {
        view! {
            <div class="notice notice--error emergency-banner" role="alert">
                <p><strong>{t}</strong></p>
                <p>"Cet accès est tracé et le patient en est informé."</p>
            </div>
        }
    })
}

/// Shown on every page of a record read in *connexion secrète*, with the
/// way out. A plain form: it reloads the page, with or without JavaScript.
#[component]
fn SecretBanner(on: bool) -> impl IntoView {
    on.then(|| {
        view! {
            <div class="notice notice--secret" role="status">
                <p><strong>"Connexion secrète"</strong></p>
                <p>
                    "À la demande du patient mineur, les documents que vous déposez et vos accès à son DMP "
                    "ne sont pas visibles de ses représentants légaux, et ils n'en sont pas informés."
                </p>
                <form method="post" action=ProfessionalSecretMode::url()>
                    <input type="hidden" name="mode" value="normale"/>
                    <button type="submit" class="button button--secondary">"Quitter la connexion secrète"</button>
                </form>
            </div>
        }
    })
}

/// Offered on a minor's record (domain.md §4.6), with the minor's agreement.
#[component]
fn SecretModeForm() -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_address_errors(
        ProfessionalSecretMode::PATH,
        &[Field::SecretAgreement],
        errors,
        general,
    );
    view! {
        <h2>"Connexion secrète"</h2>
        <p>
            "Ce patient est mineur. S'il vous demande de garder le secret vis-à-vis de ses représentants légaux "
            "(parents, tuteur), passez en connexion secrète : les documents que vous déposerez ne leur seront pas "
            "visibles, et vos accès n'apparaîtront pas dans l'historique qu'ils consultent."
        </p>
        <form method="post" action=ProfessionalSecretMode::url() novalidate>
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <input type="hidden" name="mode" value="secrete"/>
            <div class="field">
                {field_error(errors, Field::SecretAgreement)}
                <div class="choice">
                    <input type="checkbox" id=Field::SecretAgreement.id() name="agreement" value="oui"/>
                    <label for=Field::SecretAgreement.id()>
                        "Le patient mineur m'a demandé que cette consultation reste secrète pour ses représentants légaux"
                    </label>
                </div>
            </div>
            <div class="actions">
                <button type="submit" class="button">"Passer en connexion secrète"</button>
            </div>
        </form>
    }
}

/// Where the form is not offered, a refused request still says why.
#[component]
fn SecretModeRefusal() -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_address_errors(ProfessionalSecretMode::PATH, &[], errors, general);
    view! { <GeneralErrors messages=general/> }
}

#[component]
fn PatientHeader(r: RecordView) -> impl IntoView {
    view! {
        <EmergencyBanner text=r.emergency.clone()/>
        <SecretBanner on=r.secret/>
        <p class="professional__who">{format!("Carte : {}", r.holder)}</p>
        {match r.right.clone() {
            Ok(right) => view! {
                <dl class="identity__list">
                    <dt>"Patient"</dt><dd>{r.patient.clone()}</dd>
                    <dt>"Né(e) le"</dt><dd>{r.birth_date.clone()}</dd>
                    <dt>"Accès"</dt><dd>{right}</dd>
                </dl>
            }.into_any(),
            Err(_) => view! { <p class="identity__list">"Un DMP existe pour ce patient."</p> }.into_any(),
        }}
    }
}

#[component]
pub fn ProfessionalRecordPage() -> impl IntoView {
    let actions = RecordActions {
        consent: ServerAction::new(),
        emergency: ServerAction::new(),
        centre15: ServerAction::new(),
        block: ServerAction::new(),
    };
    let data = Resource::new(
        move || {
            (
                actions.consent.version().get(),
                actions.emergency.version().get(),
                actions.centre15.version().get(),
                actions.block.version().get(),
            )
        },
        |_| load_professional_record(),
    );
    view! {
        <Title text="DMP du patient – Espace professionnel"/>
        <section class="container professional">
            <p><A href=PATH>"← Espace professionnel (rechercher un autre patient)"</A></p>
            <h1>"DMP du patient"</h1>
            <Suspense fallback=|| view! { <p>"Chargement…"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Some(r)) => view! { <RecordBody r actions/> }.into_any(),
                        Ok(None) => view! {
                            <div class="notice" role="status">
                                <p>"Connectez-vous avec votre carte, puis recherchez le patient."</p>
                                <p><A href=PATH attr:class="button">"Espace professionnel"</A></p>
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

/// The record page's forms, whose answers reload its data.
#[derive(Clone, Copy)]
struct RecordActions {
    consent: ServerAction<DeclarePatientConsent>,
    emergency: ServerAction<DeclareEmergencyAccess>,
    centre15: ServerAction<DeclareEmergencyAccess>,
    block: ServerAction<BlockProfessional>,
}

#[component]
fn RecordBody(r: RecordView, actions: RecordActions) -> impl IntoView {
    let refused = r.right.clone().err();
    let documents = r.documents.clone();
    let deposited =
        leptos_router::hooks::use_query_map().with_untracked(|q| q.get("depose").is_some());
    view! {
        <PatientHeader r=r.clone()/>
        {deposited.then(|| view! {
            <div class="notice notice--success" role="status"><p>"Le document est déposé dans le DMP du patient."</p></div>
        })}
        <p><A href=DEPOSIT_PATH attr:class="button button--secondary">"Déposer un document"</A></p>
        {if r.minor && !r.secret && !r.feeding_only {
            view! { <SecretModeForm/> }.into_any()
        } else {
            view! { <SecretModeRefusal/> }.into_any()
        }}
        {match refused {
            Some(_) if r.feeding_only => view! {
                <div class="notice" role="status">
                    <p>"Le compte d'alimentation d'un établissement dépose des documents ; il ne consulte pas le DMP."</p>
                </div>
            }.into_any(),
            Some(message) => view! {
                <div class="notice" role="status"><p>{message}</p></div>
                <ConsentForm may_become_mt=r.may_become_medecin_traitant action=actions.consent/>
                <EmergencyForms regulator=r.regulator action=actions.emergency centre15=actions.centre15/>
            }.into_any(),
            None => view! {
                {(r.may_become_medecin_traitant && !r.medecin_traitant).then(|| view! {
                    <ConsentForm may_become_mt=true action=actions.consent/>
                })}
                <h2>"Documents"</h2>
                {(!r.counts.is_empty()).then(|| view! {
                    <ul class="space-counts">
                        {r.counts.iter().map(|(space, n)| view! {
                            <li>{format!("{space} : {n}")}</li>
                        }).collect_view()}
                    </ul>
                })}
                {if documents.is_empty() {
                    view! { <p>"Aucun document que votre profession permet de consulter."</p> }.into_any()
                } else {
                    view! { <ProDocumentTable documents/> }.into_any()
                }}
                {r.medecin_traitant.then(|| view! {
                    <MedecinTraitant history=r.history.clone() blockable=r.blockable.clone() action=actions.block/>
                })}
            }.into_any(),
        }}
    }
}

#[component]
fn ProDocumentTable(documents: Vec<Listed>) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="documents">
                <caption class="visually-hidden">"Documents du DMP"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Date"</th>
                        <th scope="col">"Document"</th>
                        <th scope="col">"Type"</th>
                        <th scope="col">"Auteur"</th>
                    </tr>
                </thead>
                <tbody>
                    {documents.into_iter().map(|d| view! {
                        <tr>
                            <td>{d.date}</td>
                            <td>
                                <A href=document_path(d.id)>{d.title}</A>
                                {d.masked.then(|| view! { <span class="badge">"Masqué aux professionnels"</span> })}
                                {d.invisible_patient.then(|| view! { <span class="badge">"Non visible par le patient"</span> })}
                                {d.invisible_representatives.then(|| view! { <span class="badge">"Non visible par les représentants légaux"</span> })}
                            </td>
                            <td>{d.type_label}</td>
                            <td>{d.author}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn ConsentForm(may_become_mt: bool, action: ServerAction<DeclarePatientConsent>) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(action.value(), &[Field::Consent], errors, general);
    view! {
        <h2>"Autorisation du patient"</h2>
        <ActionForm action attr:novalidate=true>
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <div class="field">
                {crate::forms::ui::field_error(errors, Field::Consent)}
                <div class="choice">
                    <input type="checkbox" id=Field::Consent.id() name="consent" value="oui"/>
                    <label for=Field::Consent.id()>"Le patient m'a autorisé à accéder à son DMP"</label>
                </div>
                {may_become_mt.then(|| view! {
                    <div class="choice">
                        <input type="checkbox" id="medecin_traitant" name="medecin_traitant" value="oui"/>
                        <label for="medecin_traitant">
                            "Avec son accord, je deviens son médecin traitant DMP (je verrai aussi les documents masqués aux professionnels)"
                        </label>
                    </div>
                })}
            </div>
            <div class="actions">
                <button type="submit" class="button button--large">"Accéder au DMP"</button>
            </div>
        </ActionForm>
    }
}

#[component]
fn EmergencyForms(
    regulator: bool,
    action: ServerAction<DeclareEmergencyAccess>,
    centre15: ServerAction<DeclareEmergencyAccess>,
) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(action.value(), &[Field::EmergencyReason], errors, general);
    let c15_errors = RwSignal::new(Vec::<FieldError>::new());
    let c15_general = RwSignal::new(Vec::new());
    track_errors(centre15.value(), &[], c15_errors, c15_general);
    view! {
        <h2>"Accès en urgence"</h2>
        {regulator.then(|| view! {
            <p>"Médecin régulateur : pendant un appel au SAMU–Centre 15, vous pouvez consulter le DMP sans autorisation, sauf si le patient s'y est opposé."</p>
            <ActionForm action=centre15>
                <GeneralErrors messages=c15_general/>
                <input type="hidden" name="mode" value="centre15"/>
                <input type="hidden" name="reason" value=""/>
                <button type="submit" class="button">"Accéder en mode SAMU–Centre 15"</button>
            </ActionForm>
        })}
        <p>
            "Bris de glace : si l'état du patient comporte un risque immédiat pour sa santé, vous pouvez accéder "
            "à son DMP sans son autorisation, sauf s'il s'y est opposé. Le motif est transmis avec l'accès, "
            "tracé, et le patient en est informé."
        </p>
        <ActionForm action attr:novalidate=true>
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <input type="hidden" name="mode" value="bris_de_glace"/>
            <div class="field">
                <label class="field__label" for=Field::EmergencyReason.id()>"Motif de l'urgence"</label>
                {crate::forms::ui::field_error(errors, Field::EmergencyReason)}
                <textarea class="field__input field__textarea" id=Field::EmergencyReason.id() name="reason" maxlength="500" rows="3"></textarea>
            </div>
            <div class="actions">
                <button type="submit" class="button button--danger">"Accéder en mode bris de glace"</button>
            </div>
        </ActionForm>
    }
}

#[component]
pub fn ProfessionalDocumentPage() -> impl IntoView {
    let params = use_params_map();
    // The author's actions answer on this page: its data follows them.
    let author = ServerAction::<DocumentAuthorAction>::new();
    let data = Resource::new(
        move || {
            (
                params.with(|p| p.get("id").unwrap_or_default()),
                author.version().get(),
            )
        },
        |(id, _)| load_professional_document(id),
    );
    view! {
        <section class="container professional">
            <p><A href=RECORD_PATH>"← DMP du patient"</A></p>
            <Suspense fallback=|| view! { <p>"Chargement…"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Some(d)) => view! { <ProDocument d author/> }.into_any(),
                        Ok(None) => view! {
                            <h1>"Document"</h1>
                            <p><A href=PATH attr:class="button">"Espace professionnel"</A></p>
                        }.into_any(),
                        Err(e) => view! {
                            <Title text="Document introuvable"/>
                            <h1>"Document introuvable"</h1>
                            <div class="notice notice--error" role="alert"><p>{e.general()}</p></div>
                        }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn ProDocument(d: DocumentPage, author: ServerAction<DocumentAuthorAction>) -> impl IntoView {
    let file = file_path(d.document.id);
    let pdf = d.content_type == "application/pdf";
    let image = d.content_type.starts_with("image/");
    view! {
        <Title text=format!("{} – DMP du patient", d.document.title)/>
        <PatientHeader r=d.record.clone()/>
        <h1>{d.document.title.clone()}</h1>
        {d.document.invisible_patient.then(|| view! {
            <div class="notice" role="status"><p>"Attention, ce document n'est pas visible du patient."</p></div>
        })}
        {d.document.invisible_representatives.then(|| view! {
            <div class="notice" role="status">
                <p>"Attention, ce document n'est pas visible des représentants légaux pour préserver le secret du mineur titulaire du DMP."</p>
            </div>
        })}
        <dl class="identity__list">
            <dt>"Type"</dt><dd>{d.document.type_label.clone()}</dd>
            <dt>"Date"</dt><dd>{d.document.date.clone()}</dd>
            <dt>"Auteur"</dt><dd>{d.document.author.clone()}</dd>
            <dt>"Accès"</dt><dd>{right_label(&d.document.right)}</dd>
        </dl>
        <p><a class="button" href=format!("{file}?telecharger=1") rel="external" download="">"Télécharger"</a></p>
        {(d.document.right == "auteur").then(|| view! {
            <AuthorActions id=d.document.id invisible_patient=d.document.invisible_patient action=author/>
        })}
        {d.text.clone().map(|t| view! { <pre class="document-text">{t}</pre> })}
        {pdf.then(|| view! {
            <iframe class="document-frame" src=file.clone() title=format!("Document : {}", d.document.title)></iframe>
        })}
        {image.then(|| view! { <img class="document-image" src=file.clone() alt=format!("Document : {}", d.document.title)/> })}
    }
}

#[component]
pub fn ProfessionalDepositPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_deposit_page());
    view! {
        <Title text="Déposer un document – DMP du patient"/>
        <section class="container professional">
            <p><A href=RECORD_PATH>"← DMP du patient"</A></p>
            <h1>"Déposer un document"</h1>
            <Suspense fallback=|| view! { <p>"Chargement…"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Some(d)) => view! { <DepositForm d/> }.into_any(),
                        Ok(None) => view! {
                            <p><A href=PATH attr:class="button">"Espace professionnel"</A></p>
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
fn DepositForm(d: DepositPage) -> impl IntoView {
    // Posted as is (a file needs no JavaScript); errors come back in the address.
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_address_errors(ProfessionalDeposit::PATH, DEPOSIT_FIELDS, errors, general);
    let error = move |field: Field| field_error(errors, field);
    let check = |id: &'static str, name: &'static str, label: &'static str| {
        view! {
            <div class="choice">
                <input type="checkbox" id=id name=name value="oui"/>
                <label for=id>{label}</label>
            </div>
        }
    };
    view! {
        <PatientHeader r=d.record.clone()/>
        <p>"Le document doit être un PDF (5 Mo au plus). Déposer un document ne demande pas l'autorisation du patient."</p>
        <form method="post" action=ProfessionalDeposit::url() enctype="multipart/form-data" novalidate>
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <div class="field">
                <label class="field__label" for="type_code">"Type de document"</label>
                {error(Field::DocumentType)}
                <select class="field__input" id="type_code" name="type_code">
                    <option value="">"Choisissez"</option>
                    {d.types.into_iter().map(|(code, label, space)| view! {
                        <option value=code>{format!("{label} — espace {space}")}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label class="field__label" for="document_title">"Titre"</label>
                {error(Field::DocumentTitle)}
                <input class="field__input" id="document_title" name="title" maxlength="200"/>
            </div>
            <div class="field">
                <label class="field__label" for="document_date">"Date des soins"</label>
                <p class="field__hint">"Laissez vide pour la date du jour."</p>
                {error(Field::DocumentDate)}
                <input class="field__input" type="date" id="document_date" name="date"/>
            </div>
            <div class="field">
                <label class="field__label" for="document_file">"Fichier PDF"</label>
                {error(Field::DocumentFile)}
                <input class="field__input" type="file" id="document_file" name="file" accept=".pdf,application/pdf"/>
            </div>
            <fieldset class="field">
                <legend class="field__label">"Visibilité"</legend>
                <p class="field__hint">
                    "Un document ne peut pas être à la fois masqué aux professionnels et non visible par le patient."
                </p>
                {error(Field::DocumentVisibility)}
                {check("masked", "masked", "Masqué aux professionnels de santé (sauf médecins traitants et vous-même)")}
                {check("invisible_patient", "invisible_patient", "Non visible par le patient, jusqu'à la consultation d'annonce")}
                {match (d.minor, d.record.secret) {
                    (true, true) => Some(view! {
                        <p class="notice notice--secret">
                            "Connexion secrète : ce document ne sera pas visible des représentants légaux "
                            "(secret du mineur), et ils n'en seront pas informés."
                        </p>
                    }.into_any()),
                    (true, false) => Some(check(
                        "invisible_representatives",
                        "invisible_representatives",
                        "Non visible par les représentants légaux (secret du mineur)",
                    ).into_any()),
                    _ => None,
                }}
            </fieldset>
            <div class="actions">
                <button type="submit" class="button button--large">"Déposer le document"</button>
            </div>
        </form>
    }
}

/// What the author of a document may do: announce it, replace it, delete it.
#[component]
fn AuthorActions(
    id: i64,
    invisible_patient: bool,
    action: ServerAction<DocumentAuthorAction>,
) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(action.value(), &[], errors, general);
    let replace_errors = RwSignal::new(Vec::<FieldError>::new());
    let replace_general = RwSignal::new(Vec::new());
    track_address_errors(
        ReplaceDocument::PATH,
        &[Field::DocumentFile],
        replace_errors,
        replace_general,
    );
    view! {
        <section class="author-actions" aria-labelledby="auteur-titre">
            <h2 id="auteur-titre">"Vous êtes l'auteur de ce document"</h2>
            <GeneralErrors messages=general/>
            {invisible_patient.then(|| view! {
                <ActionForm action attr:class="inline-form">
                    <input type="hidden" name="id" value=id.to_string()/>
                    <input type="hidden" name="action" value="rendre-visible"/>
                    <button type="submit" class="button">"La consultation d'annonce a eu lieu : rendre visible au patient"</button>
                </ActionForm>
            })}
            <form method="post" action=ReplaceDocument::url() enctype="multipart/form-data" novalidate class="replace-form">
                <ErrorSummary errors=replace_errors/>
                <GeneralErrors messages=replace_general/>
                <input type="hidden" name="id" value=id.to_string()/>
                <div class="field">
                    <label class="field__label" for="document_file">"Nouvelle version (PDF)"</label>
                    <p class="field__hint">"L'ancienne version est conservée dans l'historique du document."</p>
                    {field_error(replace_errors, Field::DocumentFile)}
                    <input class="field__input" type="file" id="document_file" name="file" accept=".pdf,application/pdf"/>
                </div>
                <button type="submit" class="button button--secondary">"Remplacer le document"</button>
            </form>
            <ActionForm action attr:class="inline-form">
                <input type="hidden" name="id" value=id.to_string()/>
                <input type="hidden" name="action" value="supprimer"/>
                <button type="submit" class="button button--danger">"Supprimer ce document"</button>
            </ActionForm>
        </section>
    }
}

/// What a médecin traitant DMP sees and does beyond other professionals.
#[component]
fn MedecinTraitant(
    history: Vec<TraceLine>,
    blockable: Vec<(i64, String, String)>,
    action: ServerAction<BlockProfessional>,
) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(action.value(), &[], errors, general);
    let active: Vec<(i64, String)> = blockable
        .iter()
        .filter(|(_, _, status)| status != "INTERDIT")
        .map(|(id, name, _)| (*id, name.clone()))
        .collect();
    let blocked: Vec<String> = blockable
        .into_iter()
        .filter(|(_, _, status)| status == "INTERDIT")
        .map(|(_, name, _)| name)
        .collect();
    view! {
        <section aria-labelledby="historique-titre">
            <h2 id="historique-titre">"Accès des autres professionnels (médecin traitant)"</h2>
            {if history.is_empty() {
                view! { <p>"Aucun autre professionnel n'a accédé à ce DMP."</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                        <table class="documents">
                            <caption class="visually-hidden">"Accès des autres professionnels"</caption>
                            <thead><tr>
                                <th scope="col">"Date"</th>
                                <th scope="col">"Professionnel"</th>
                                <th scope="col">"Action"</th>
                                <th scope="col">"Droit"</th>
                            </tr></thead>
                            <tbody>
                                {history.into_iter().map(|t| view! {
                                    <tr>
                                        <td>{t.at}</td>
                                        <td>{t.who}</td>
                                        <td>{t.action}</td>
                                        <td>{format!(
                                            "{}{}",
                                            right_label(&t.right),
                                            t.reason.map(|r| format!(" — motif : {r}")).unwrap_or_default()
                                        )}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
        <section aria-labelledby="bloquer-titre">
            <h2 id="bloquer-titre">"Bloquer un professionnel à la demande du patient"</h2>
            {(!blocked.is_empty()).then(|| view! {
                <p>{format!("Déjà bloqués : {}.", blocked.join(", "))}</p>
            })}
            {if active.is_empty() {
                view! { <p>"Aucun autre professionnel n'a d'autorisation sur ce DMP."</p> }.into_any()
            } else {
                view! {
                    <ActionForm action attr:novalidate=true>
                        <GeneralErrors messages=general/>
                        <div class="field">
                            <label class="field__label" for="professional">"Professionnel"</label>
                            <select class="field__input" id="professional" name="professional">
                                {active.into_iter().map(|(id, name)| view! {
                                    <option value=id.to_string()>{name}</option>
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="choice">
                            <input type="checkbox" id="patient_request" name="patient_request" value="oui"/>
                            <label for="patient_request">"Le patient me demande de bloquer ce professionnel"</label>
                        </div>
                        <div class="actions">
                            <button type="submit" class="button button--danger">"Bloquer"</button>
                        </div>
                    </ActionForm>
                }.into_any()
            }}
        </section>
    }
}
