//! The settings page: which events reach which channel.

use super::*;
use crate::i18n::{t, tr};
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
        <Title text=t("controls-settings-title")/>
        <section class="container record">
            <RecordNav/>
            <h1>{t("controls-settings-title")}</h1>
            <p><A href=LIST_PATH>{t("controls-settings-back")}</A></p>
            {move || query.with(|q| q.get("fait")).map(|done| view! {
                <div class="notice notice--success" role="status">
                    <p>{if done == "contact" {
                        t("controls-settings-contact-saved")
                    } else {
                        t("controls-settings-saved")
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
        <h2>{t("controls-settings-heading")}</h2>
        <p>{t("controls-settings-intro")}</p>
        <ActionForm action=save>
            <div class="table-scroll">
                <table class="history">
                    <caption class="visually-hidden">{t("controls-settings-title")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("controls-settings-when")}</th>
                            <th scope="col">{t("controls-settings-by-email")}</th>
                            <th scope="col">{t("controls-settings-by-sms")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <tr>
                            <td>{t("controls-settings-emergency")}</td>
                            <td colspan="2">{t("controls-settings-always-told")}</td>
                        </tr>
                        <tr>
                            <td>{t("controls-settings-opened")}</td>
                            <td colspan="2">{t("controls-settings-always")}</td>
                        </tr>
                        {p.settings.into_iter().map(|s| {
                            let email_id = format!("{}_email", s.code);
                            let sms_id = format!("{}_sms", s.code);
                            // The event's label is a key (`Event::CHOOSABLE`).
                            let label = t(&s.label);
                            let by_email = tr("controls-settings-email-label", &[("event", label.as_str().into())]);
                            let by_sms = tr("controls-settings-sms-label", &[("event", label.as_str().into())]);
                            view! {
                                <tr>
                                    <td>{label}</td>
                                    <td>
                                        <label class="choice">
                                            <input type="checkbox" id=email_id.clone() name=format!("form[{email_id}]") value="oui" checked=s.email/>
                                            <span class="choice__label">{by_email}</span>
                                        </label>
                                    </td>
                                    <td>
                                        <label class="choice">
                                            <input type="checkbox" id=sms_id.clone() name=format!("form[{sms_id}]") value="oui" checked=s.sms/>
                                            <span class="choice__label">{by_sms}</span>
                                        </label>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <button type="submit" class="button">{t("controls-settings-save")}</button>
        </ActionForm>

    }
}
