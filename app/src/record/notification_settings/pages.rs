//! The settings page: which events reach which channel.

use super::*;
use crate::record::notifications::PATH as LIST_PATH;
use crate::record::RecordNav;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

/// `contacts`: the account's contacts and their change, drawn below the
/// settings (another feature's, passed in by the app's routes).
#[component]
pub fn SettingsPageView(contacts: ViewFn) -> impl IntoView {
    let query = use_query_map();
    let save = ServerAction::<SaveSettings>::new();
    let data = Resource::new(
        move || (query.with(|q| q.get("fait")), save.version().get()),
        |_| load_settings(),
    );
    view! {
        <Title text="Réglages des notifications"/>
        <section class="container record">
            <RecordNav/>
            <h1>"Réglages des notifications"</h1>
            <p><A href=LIST_PATH>"← Mes notifications"</A></p>
            {move || query.with(|q| q.get("fait")).map(|done| view! {
                <div class="notice notice--success" role="status">
                    <p>{if done == "contact" {
                        "Votre nouveau moyen de contact est enregistré. Un message de confirmation vous a été envoyé."
                    } else {
                        "Vos réglages sont enregistrés."
                    }}</p>
                </div>
            })}
            {crate::layout::record::when_signed_in(data, move |p| view! { <Settings p save/> }.into_any())}
            {contacts.run()}
        </section>
    }
}

#[component]
fn Settings(p: SettingsPage, save: ServerAction<SaveSettings>) -> impl IntoView {
    view! {
        <h2>"Ce que je reçois"</h2>
        <p>"Tous les messages restent visibles dans « Mes notifications ». Choisissez ceux que vous recevez aussi par e-mail ou par SMS."</p>
        <ActionForm action=save>
            <div class="table-scroll">
                <table class="history">
                    <caption class="visually-hidden">"Réglages des notifications"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Quand"</th>
                            <th scope="col">"Par e-mail"</th>
                            <th scope="col">"Par SMS"</th>
                        </tr>
                    </thead>
                    <tbody>
                        <tr>
                            <td>"Un professionnel de santé accède à mon DMP en urgence"</td>
                            <td colspan="2">"Toujours envoyé, sur chaque moyen de contact : vous devez en être informé."</td>
                        </tr>
                        <tr>
                            <td>"Mon DMP est créé ou rouvert"</td>
                            <td colspan="2">"Toujours envoyé, sur chaque moyen de contact."</td>
                        </tr>
                        {p.settings.into_iter().map(|s| {
                            let email_id = format!("{}_email", s.code);
                            let sms_id = format!("{}_sms", s.code);
                            view! {
                                <tr>
                                    <td>{s.label.clone()}</td>
                                    <td>
                                        <label class="choice">
                                            <input type="checkbox" id=email_id.clone() name=format!("form[{email_id}]") value="oui" checked=s.email/>
                                            <span class="choice__label">{format!("E-mail : {}", s.label)}</span>
                                        </label>
                                    </td>
                                    <td>
                                        <label class="choice">
                                            <input type="checkbox" id=sms_id.clone() name=format!("form[{sms_id}]") value="oui" checked=s.sms/>
                                            <span class="choice__label">{format!("SMS : {}", s.label)}</span>
                                        </label>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <button type="submit" class="button">"Enregistrer mes réglages"</button>
        </ActionForm>

    }
}
