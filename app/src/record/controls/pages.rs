//! The pages of the holder's controls, and the masking form the document
//! pages use. Every form is a plain form posting to its server function;
//! after a change the page shows where to print its receipt.

use super::*;
use crate::forms::ui::{track_errors, GeneralErrors};
use crate::i18n::{t, tr};
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
                        <p>{t("controls-receipt-saved")}</p>
                        <p><a href=receipt_path(id) rel="external">{t("controls-receipt-print")}</a></p>
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
        t("controls-unmask")
    } else {
        t("controls-mask")
    };
    let aria = title.map(|title| {
        tr(
            "controls-mask-aria",
            &[("action", label.as_str().into()), ("title", title.into())],
        )
    });
    view! {
        <ActionForm action attr:class="inline-form">
            <input type="hidden" name="id" value=id.to_string()/>
            <input type="hidden" name="masquer" value=if masked { "non" } else { "oui" }/>
            <input type="hidden" name="retour" value=back/>
            <button type="submit" class="button button--secondary button--small"
                aria-label=aria>{label}</button>
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
                view! { <p><strong>{t("controls-masked")}</strong></p> }.into_any()
            } else {
                view! { <p>{t("controls-visible")}</p> }.into_any()
            }}
            <p>{t("controls-masking-explained")}</p>
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
        <Title text=t("controls-professionals-title")/>
        <section class="container record">
            <RecordNav/>
            <h1>{t("controls-professionals-title")}</h1>
            <ReceiptNotice/>
            <GeneralErrors messages=general/>
            <p>{t("controls-professionals-block-intro")}</p>
            <p>{t("controls-professionals-doctor-intro")}</p>
            {crate::record::when_signed_in(data, move |p| view! { <Professionals p block/> }.into_any())}
        </section>
    }
}

fn standing_label(s: Standing) -> String {
    t(match s {
        Standing::None => "controls-standing-none",
        Standing::Authorised => "controls-standing-authorised",
        Standing::MedecinTraitant => "controls-standing-doctor",
        Standing::Blocked => "controls-standing-blocked",
    })
}

#[component]
fn ProfessionalList(
    list: Vec<Professional>,
    #[prop(into)] caption: String,
    block: ServerAction<SetBlocked>,
) -> impl IntoView {
    let back = here();
    view! {
        <div class="table-scroll">
            <table class="documents stack">
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("controls-col-professional")}</th>
                        <th scope="col">{t("controls-col-profession")}</th>
                        <th scope="col">{t("controls-col-city")}</th>
                        <th scope="col">{t("controls-col-access")}</th>
                        <th scope="col">{t("controls-col-action")}</th>
                    </tr>
                </thead>
                <tbody>
                    {list.into_iter().map(|p| {
                        let blocked = p.standing == Standing::Blocked;
                        let label = if blocked { t("controls-unblock") } else { t("controls-block") };
                        view! {
                            <tr>
                                <td data-label=t("controls-col-professional")>{p.name.clone()}<br/><span class="history__profession">{format!("RPPS {}", p.rpps)}</span></td>
                                <td data-label=t("controls-col-profession")>{p.profession.clone()}</td>
                                <td data-label=t("controls-col-city")>{p.city.clone()}</td>
                                <td data-label=t("controls-col-access")>{standing_label(p.standing)}</td>
                                <td data-label=t("controls-col-action")>
                                    {if p.standing == Standing::MedecinTraitant {
                                        view! { <span>{t("controls-not-blockable")}</span> }.into_any()
                                    } else {
                                        let back = back.clone();
                                        let aria = tr(
                                            "controls-block-aria",
                                            &[("action", label.as_str().into()), ("name", p.name.as_str().into())],
                                        );
                                        view! {
                                            <ActionForm action=block attr:class="inline-form">
                                                <input type="hidden" name="id" value=p.id.to_string()/>
                                                <input type="hidden" name="bloquer" value=if blocked { "non" } else { "oui" }/>
                                                <input type="hidden" name="retour" value=back/>
                                                <button type="submit" class="button button--secondary button--small"
                                                    aria-label=aria>{label}</button>
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
        <h2>{t("controls-known-heading")}</h2>
        {if p.known.is_empty() {
            view! { <p>{t("controls-known-none")}</p> }.into_any()
        } else {
            view! { <ProfessionalList list=p.known.clone() caption=t("controls-professionals-title") block/> }.into_any()
        }}
        <h2 id="recherche">{t("controls-search-heading")}</h2>
        <form method="get" action=format!("{PROFESSIONALS_PATH}#recherche") class="period">
            <fieldset>
                <legend>{t("controls-directory")}</legend>
                <p class="field__hint">{t("controls-search-hint")}</p>
                {p.error.clone().map(|m| view! { <p class="field__error" role="alert">{t(&m)}</p> })}
                <div class="period__fields">
                    <div class="field">
                        <label class="field__label" for="nom">{t("controls-search-name")}</label>
                        <input class="field__input" id="nom" name="nom" value=s.nom.clone() autocomplete="off"/>
                    </div>
                    <div class="field">
                        <label class="field__label" for="profession">{t("controls-col-profession")}</label>
                        <select class="field__input" id="profession" name="profession">
                            <option value="" selected=s.profession.is_empty()>{t("controls-search-all")}</option>
                            {p.professions.iter().map(|name| view! {
                                <option value=name.clone() selected=*name == s.profession>{name.clone()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label class="field__label" for="ville">{t("controls-col-city")}</label>
                        <input class="field__input" id="ville" name="ville" value=s.ville.clone() autocomplete="off"/>
                    </div>
                    <div class="field">
                        <label class="field__label" for="rpps">{t("controls-search-rpps")}</label>
                        <input class="field__input" id="rpps" name="rpps" value=s.rpps.clone() inputmode="numeric" autocomplete="off"/>
                    </div>
                </div>
                <button type="submit" class="button">{t("controls-search-submit")}</button>
            </fieldset>
        </form>
        {p.results.clone().map(|results| if results.is_empty() {
            view! { <p role="status">{t("controls-search-none")}</p> }.into_any()
        } else {
            view! {
                <p role="status">{match results.len() as i64 {
                    SEARCH_LIMIT => tr("controls-search-limit", &[("n", SEARCH_LIMIT.into())]),
                    n => tr("controls-search-found", &[("n", n.into())]),
                }}</p>
                <ProfessionalList list=results caption=t("controls-search-results") block/>
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
        <Title text=t("controls-emergency-title")/>
        <section class="container record">
            <RecordNav/>
            <h1>{t("controls-emergency-heading")}</h1>
            <ReceiptNotice/>
            <GeneralErrors messages=general/>
            {crate::record::when_signed_in(data, move |c| view! { <EmergencyForm c save/> }.into_any())}
        </section>
    }
}

#[component]
fn YesNo(
    name: &'static str,
    #[prop(into)] legend: String,
    allowed: bool,
    #[prop(into)] yes: String,
    #[prop(into)] no: String,
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
        <p>{tr("controls-emergency-since", &[("date", c.since.as_str().into())])}</p>
        <ActionForm action=save>
            <h2>{t("controls-centre15-heading")}</h2>
            <p>{t("controls-centre15-text")}</p>
            <YesNo name="centre15" legend=t("controls-centre15-question")
                allowed=c.centre15_allowed yes=t("controls-allow") no=t("controls-oppose")/>
            <h2>{t("controls-break-glass-heading")}</h2>
            <p>{t("controls-break-glass-text")}</p>
            <YesNo name="bris_de_glace" legend=t("controls-break-glass-question")
                allowed=c.bris_de_glace_allowed yes=t("controls-allow") no=t("controls-oppose")/>
            <p>{t("controls-blocked-never")}</p>
            <button type="submit" class="button">{t("controls-emergency-save")}</button>
        </ActionForm>
    }
}
