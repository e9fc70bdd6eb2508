//! The pages of the holder's controls, and the masking form the document
//! pages use. Every form is a plain form posting to its server function;
//! after a change the page shows where to print its receipt.

use super::*;
use crate::forms::ui::{track_errors, GeneralErrors};
use crate::record::RecordNav;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_query_map};

/// The receipt of the change just made (`?recu=` in the address).
#[component]
pub fn ReceiptNotice() -> impl IntoView {
    let query = use_query_map();
    move || {
        query
            .with(|q| q.get("recu").and_then(|r| r.parse::<i64>().ok()))
            .map(|id| {
                view! {
                    <div class="notice notice--success" role="status">
                        <p>"Votre choix est enregistré. Il s'applique dès maintenant."</p>
                        <p><a href=receipt_path(id) rel="external">"Imprimer le reçu (PDF)"</a></p>
                    </div>
                }
            })
    }
}

/// The current page's address, for a change to come back to.
fn here() -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let location = use_location();
    move || {
        let search = location.search.get();
        if search.is_empty() {
            location.pathname.get()
        } else {
            format!(
                "{}?{}",
                location.pathname.get(),
                search.trim_start_matches('?')
            )
        }
    }
}

/// « Masquer aux professionnels » / « Ne plus masquer », for one document.
#[component]
pub fn MaskButton(
    action: ServerAction<SetMasked>,
    id: i64,
    masked: bool,
    /// The document's title, for screen readers in a list.
    #[prop(optional)]
    title: Option<String>,
) -> impl IntoView {
    let back = here();
    let label = if masked {
        "Ne plus masquer"
    } else {
        "Masquer aux professionnels"
    };
    view! {
        <ActionForm action attr:class="inline-form">
            <input type="hidden" name="id" value=id.to_string()/>
            <input type="hidden" name="masquer" value=if masked { "non" } else { "oui" }/>
            <input type="hidden" name="retour" value=back/>
            <button type="submit" class="button button--secondary button--small"
                aria-label=title.map(|t| format!("{label} : {t}"))>{label}</button>
        </ActionForm>
    }
}

/// The errors of the masking forms of a page, shown once above them.
pub fn mask_action() -> (ServerAction<SetMasked>, RwSignal<Vec<String>>) {
    let action = ServerAction::<SetMasked>::new();
    let general = RwSignal::new(Vec::new());
    track_errors(action.value(), &[], RwSignal::new(Vec::new()), general);
    (action, general)
}

/// What masking means, next to the document's own button.
#[component]
pub fn MaskingExplained(masked: bool) -> impl IntoView {
    view! {
        <div class="notice" class:notice--warning=masked>
            {if masked {
                view! { <p><strong>"Ce document est masqué aux professionnels de santé."</strong></p> }.into_any()
            } else {
                view! { <p>"Ce document est visible des professionnels de santé que vous avez autorisés, selon leur profession."</p> }.into_any()
            }}
            <p>"Un document masqué reste visible par vous, par votre médecin traitant DMP et par le professionnel qui l'a déposé. Vous pouvez revenir sur ce choix à tout moment."</p>
        </div>
    }
}

#[component]
pub fn ProfessionalsPageView() -> impl IntoView {
    let query = use_query_map();
    let block = ServerAction::<SetBlocked>::new();
    let general = RwSignal::new(Vec::new());
    track_errors(block.value(), &[], RwSignal::new(Vec::new()), general);
    let data = Resource::new(
        move || {
            let q = |k: &str| query.with(|q| q.get(k).unwrap_or_default());
            (
                DirectorySearch {
                    nom: q("nom"),
                    profession: q("profession"),
                    ville: q("ville"),
                    rpps: q("rpps"),
                },
                q("recu"),
                block.version().get(),
            )
        },
        |(search, _, _)| load_professionals(search),
    );
    view! {
        <Title text="Professionnels autorisés ou bloqués"/>
        <section class="container record">
            <RecordNav/>
            <h1>"Professionnels autorisés ou bloqués"</h1>
            <ReceiptNotice/>
            <GeneralErrors messages=general/>
            <p>"Un professionnel de santé que vous bloquez ne peut plus consulter votre DMP, même avec votre autorisation et même en urgence. Vous pouvez le débloquer à tout moment : il devra alors vous demander à nouveau votre autorisation."</p>
            <p>"Votre médecin traitant DMP voit tous vos documents, même masqués, et ne peut pas être bloqué. S'il ne doit plus avoir accès à votre DMP, demandez-lui de renoncer à ce rôle : vous pourrez ensuite le bloquer."</p>
            {crate::record::when_signed_in(data, move |p| view! { <Professionals p block/> }.into_any())}
        </section>
    }
}

fn standing_label(s: Standing) -> &'static str {
    match s {
        Standing::None => "Aucune autorisation",
        Standing::Authorised => "Autorisé par vous",
        Standing::MedecinTraitant => "Médecin traitant DMP",
        Standing::Blocked => "Bloqué",
    }
}

#[component]
fn ProfessionalList(
    list: Vec<Professional>,
    caption: &'static str,
    block: ServerAction<SetBlocked>,
) -> impl IntoView {
    let back = here();
    view! {
        <div class="table-scroll">
            <table class="documents stack">
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Professionnel"</th>
                        <th scope="col">"Profession"</th>
                        <th scope="col">"Ville"</th>
                        <th scope="col">"Accès à votre DMP"</th>
                        <th scope="col">"Action"</th>
                    </tr>
                </thead>
                <tbody>
                    {list.into_iter().map(|p| {
                        let blocked = p.standing == Standing::Blocked;
                        let label = if blocked { "Débloquer" } else { "Bloquer" };
                        view! {
                            <tr>
                                <td data-label="Professionnel">{p.name.clone()}<br/><span class="history__profession">{format!("RPPS {}", p.rpps)}</span></td>
                                <td data-label="Profession">{p.profession.clone()}</td>
                                <td data-label="Ville">{p.city.clone()}</td>
                                <td data-label="Accès à votre DMP">{standing_label(p.standing)}</td>
                                <td data-label="Action">
                                    {if p.standing == Standing::MedecinTraitant {
                                        view! { <span>"Ne peut pas être bloqué"</span> }.into_any()
                                    } else {
                                        let back = back.clone();
                                        view! {
                                            <ActionForm action=block attr:class="inline-form">
                                                <input type="hidden" name="id" value=p.id.to_string()/>
                                                <input type="hidden" name="bloquer" value=if blocked { "non" } else { "oui" }/>
                                                <input type="hidden" name="retour" value=back/>
                                                <button type="submit" class="button button--secondary button--small"
                                                    aria-label=format!("{label} {}", p.name)>{label}</button>
                                            </ActionForm>
                                        }.into_any()
                                    }}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn Professionals(p: ProfessionalsPage, block: ServerAction<SetBlocked>) -> impl IntoView {
    let s = p.search.clone();
    view! {
        <h2>"Les professionnels qui ont une place dans mon DMP"</h2>
        {if p.known.is_empty() {
            view! { <p>"Aucun professionnel n'a encore été autorisé ni bloqué."</p> }.into_any()
        } else {
            view! { <ProfessionalList list=p.known.clone() caption="Professionnels autorisés ou bloqués" block/> }.into_any()
        }}
        <h2 id="recherche">"Rechercher un professionnel pour le bloquer"</h2>
        <form method="get" action=format!("{PROFESSIONALS_PATH}#recherche") class="period">
            <fieldset>
                <legend>"Annuaire des professionnels de santé"</legend>
                <p class="field__hint">"Remplissez au moins un critère."</p>
                {p.error.clone().map(|m| view! { <p class="field__error" role="alert">{m}</p> })}
                <div class="period__fields">
                    <div class="field">
                        <label class="field__label" for="nom">"Nom"</label>
                        <input class="field__input" id="nom" name="nom" value=s.nom.clone() autocomplete="off"/>
                    </div>
                    <div class="field">
                        <label class="field__label" for="profession">"Profession"</label>
                        <select class="field__input" id="profession" name="profession">
                            <option value="" selected=s.profession.is_empty()>"Toutes"</option>
                            {p.professions.iter().map(|name| view! {
                                <option value=name.clone() selected=*name == s.profession>{name.clone()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label class="field__label" for="ville">"Ville"</label>
                        <input class="field__input" id="ville" name="ville" value=s.ville.clone() autocomplete="off"/>
                    </div>
                    <div class="field">
                        <label class="field__label" for="rpps">"N° RPPS (11 chiffres)"</label>
                        <input class="field__input" id="rpps" name="rpps" value=s.rpps.clone() inputmode="numeric" autocomplete="off"/>
                    </div>
                </div>
                <button type="submit" class="button">"Rechercher"</button>
            </fieldset>
        </form>
        {p.results.clone().map(|results| if results.is_empty() {
            view! { <p role="status">"Aucun professionnel ne correspond à cette recherche."</p> }.into_any()
        } else {
            view! {
                <p role="status">{match results.len() as i64 {
                    1 => "1 professionnel trouvé.".to_string(),
                    SEARCH_LIMIT => format!("Les {SEARCH_LIMIT} premiers professionnels trouvés : précisez la recherche si besoin."),
                    n => format!("{n} professionnels trouvés."),
                }}</p>
                <ProfessionalList list=results caption="Résultats de la recherche" block/>
            }.into_any()
        })}
    }
}

#[component]
pub fn EmergencyPageView() -> impl IntoView {
    let query = use_query_map();
    let save = ServerAction::<SaveEmergency>::new();
    let general = RwSignal::new(Vec::new());
    track_errors(save.value(), &[], RwSignal::new(Vec::new()), general);
    let data = Resource::new(
        move || (query.with(|q| q.get("recu")), save.version().get()),
        |_| load_emergency(),
    );
    view! {
        <Title text="Accès en urgence"/>
        <section class="container record">
            <RecordNav/>
            <h1>"Accès à mon DMP en cas d'urgence"</h1>
            <ReceiptNotice/>
            <GeneralErrors messages=general/>
            {crate::record::when_signed_in(data, move |c| view! { <EmergencyForm c save/> }.into_any())}
        </section>
    }
}

#[component]
fn YesNo(
    name: &'static str,
    legend: &'static str,
    allowed: bool,
    yes: &'static str,
    no: &'static str,
) -> impl IntoView {
    view! {
        <fieldset class="field">
            <legend class="field__label">{legend}</legend>
            <div class="choices">
                <label class="choice">
                    <input type="radio" name=name value="oui" checked=allowed/>
                    <span class="choice__label">{yes}</span>
                </label>
                <label class="choice">
                    <input type="radio" name=name value="non" checked=!allowed/>
                    <span class="choice__label">{no}</span>
                </label>
            </div>
        </fieldset>
    }
}

#[component]
fn EmergencyForm(c: EmergencyChoices, save: ServerAction<SaveEmergency>) -> impl IntoView {
    view! {
        <p>{format!("Vos choix actuels datent du {}. Vous pouvez les changer à tout moment ; chaque changement vous donne un reçu.", c.since)}</p>
        <ActionForm action=save>
            <h2>"Le SAMU–Centre 15"</h2>
            <p>"Quand vous (ou un proche) appelez le 15, le médecin régulateur du SAMU peut consulter votre DMP pendant l'appel pour mieux vous orienter : vos allergies, vos traitements, vos antécédents. Il ne peut rien y ajouter."</p>
            <YesNo name="centre15" legend="Le médecin régulateur du SAMU–Centre 15 peut-il consulter mon DMP ?"
                allowed=c.centre15_allowed yes="Oui, je l'autorise" no="Non, je m'y oppose"/>
            <h2>"Le « bris de glace »"</h2>
            <p>"Si vous êtes dans un état qui met votre santé en danger immédiat et ne pouvez pas donner votre accord (par exemple inconscient aux urgences), un professionnel de santé peut consulter votre DMP sans votre autorisation. Il doit en donner le motif. Vous êtes prévenu et l'accès apparaît dans votre historique."</p>
            <YesNo name="bris_de_glace" legend="Un professionnel de santé peut-il consulter mon DMP en urgence, sans mon autorisation ?"
                allowed=c.bris_de_glace_allowed yes="Oui, je l'autorise" no="Non, je m'y oppose"/>
            <p>"Un professionnel que vous avez bloqué ne peut jamais consulter votre DMP, même en urgence."</p>
            <button type="submit" class="button">"Enregistrer mes choix"</button>
        </ActionForm>
    }
}
