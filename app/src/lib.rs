//! The DMP portal site: one folder per feature (page, components and server
//! functions together), `domain/` for the pure rules, `layout/` for what
//! every page shares.

#![recursion_limit = "256"]

pub mod account;
pub mod audit;
#[cfg(feature = "hydrate")]
pub mod browser;
pub mod closure;
pub mod creation;
#[cfg(feature = "ssr")]
pub mod credentials;
pub mod demo;
pub mod deposit;
pub mod desk;
pub mod domain;
pub mod error;
pub mod forms;
pub mod help;
pub mod home;
#[cfg(feature = "ssr")]
pub mod http;
pub mod i18n;
pub mod kiosk;
pub mod layout;
pub mod messages;
pub mod notify;
pub mod opening;
#[cfg(feature = "ssr")]
pub mod otp;
#[cfg(feature = "ssr")]
pub mod outbox;
pub mod password;
pub mod paths;
#[cfg(feature = "ssr")]
pub mod pdf;
pub mod professional;
pub mod record;
pub mod registry;
#[cfg(feature = "ssr")]
pub mod retention;
#[cfg(feature = "ssr")]
pub mod secret;
#[cfg(feature = "ssr")]
pub mod services;
#[cfg(feature = "ssr")]
pub mod session;
pub mod staff;
pub mod statistics;
pub mod terms;
pub mod workshop;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, Link, Meta, MetaTags, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

/// The HTML document around every page, rendered by the server.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    layout::set_content_security_policy();
    view! {
        <!DOCTYPE html>
        <html lang=i18n::locale().lang.code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <HashedStylesheet options=options.clone() id="leptos"/>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let locale = i18n::locale();
    provide_context(locale);
    view! {
        <Link rel="icon" href="/favicon.svg" type_="image/svg+xml"/>
        // The instant checks' words, in the page's language only, fetched
        // beside the WebAssembly rather than after it.
        <Link rel="preload" href=messages::table_path(locale.lang) as_="fetch" crossorigin="anonymous"/>
        <Meta name="description" content="Créez et consultez votre Dossier Médical Partagé (DMP), le carnet de santé numérique gratuit et confidentiel de l'Assurance Maladie."/>
        <Title formatter=|page: String| format!("{page} – Mon DMP")/>
        <div class="page" class:page--large-text=layout::large_text() class:page--easy=locale.easy>
            <Router>
                <layout::Header/>
                <div id="annonce" class="visually-hidden" aria-live="polite" aria-atomic="true" data-annonce=i18n::t("layout-page-shown")></div>
                <main id="contenu" tabindex="-1" autofocus=layout::arrived_from_the_site()>
                    <Routes fallback=layout::NotFound>
                        <Route path=path!("") view=home::HomePage/>
                        // Async: the page is sent whole, so it works without JavaScript.
                        <Route path=path!("/creation") view=creation::step1::IdentifyPage ssr=SsrMode::Async/>
                        <Route path=path!("/creation/demande-de-code") view=creation::step1::CodeRequestPage ssr=SsrMode::Async/>
                        <Route path=path!("/creation/informations") view=creation::step2::InformationsPage ssr=SsrMode::Async/>
                        <Route path=path!("/creation/donnees-de-connexion") view=creation::step3::CredentialsPage ssr=SsrMode::Async/>
                        <Route path=path!("/connexion") view=account::pages::SignInPage ssr=SsrMode::Async/>
                        <Route path=path!("/connexion/code") view=account::pages::CodePage ssr=SsrMode::Async/>
                        <Route path=path!("/connexion/nouveau-mot-de-passe") view=account::pages::NewPasswordPage ssr=SsrMode::Async/>
                        <Route path=path!("/connexion/deconnecte") view=account::pages::SignedOutPage/>
                        <Route path=path!("/connexion/oubli") view=creation::forgotten::ForgottenPage/>
                        <Route path=path!("/mon-dmp") view=record::RecordHomePage ssr=SsrMode::Async/>
                        <Route path=path!("/mon-dmp/choisir") view=record::choose::ChooseRecordPage ssr=SsrMode::Async/>
                        <Route path=path!("/mon-dmp/representants") view=record::representatives::RepresentativesPageView ssr=SsrMode::Async/>
                        <Route path=path!("/representant-legal") view=record::representatives::AcceptPage ssr=SsrMode::Async/>
                        <Route path=path!("/representant-legal/bienvenue") view=record::representatives::WelcomePage ssr=SsrMode::Async/>
                        <Route path=path!("/mon-dmp/remboursements") view=record::reimbursements::ReimbursementsPage ssr=SsrMode::Async/>
                        <Route path=path!("/mon-dmp/espace/:espace") view=record::documents::SpacePageView ssr=SsrMode::Async/>
                        <Route path=path!("/mon-dmp/documents/:id") view=record::documents::DocumentPageView ssr=SsrMode::Async/>
                        <Route path=path!("/mon-dmp/deposer") view=record::upload::UploadPage ssr=SsrMode::Async/>
                        <Route path=path!("/mon-dmp/notifications") view=record::notifications::NotificationsPage ssr=SsrMode::Async/>
                        <Route path=path!("/mon-dmp/espace-personnel") view=record::personal::pages::PersonalSummaryPage ssr=SsrMode::Async/>
                        <Route path=path!("/mon-dmp/espace-personnel/:rubrique") view=record::personal::pages::PersonalSubjectPage ssr=SsrMode::Async/>
                        <Route path=path!("/mon-dmp/historique") view=record::history::HistoryPageView ssr=SsrMode::Async/>
                        <Route path=path!("/mon-dmp/professionnels") view=record::controls::pages::ProfessionalsPageView ssr=SsrMode::Async/>
                        <Route path=path!("/mon-dmp/acces-en-urgence") view=record::controls::pages::EmergencyPageView ssr=SsrMode::Async/>
                        <Route path=path!("/mon-dmp/telecharger") view=record::export::ExportPageView ssr=SsrMode::Async/>
                        <Route path=path!("/mon-dmp/notifications/reglages") view=|| view! {
                            <record::notification_settings::SettingsPageView contacts=ViewFn::from(|| view! { <account::contact::pages::ContactSettings/> })/>
                        } ssr=SsrMode::Async/>
                        <Route path=path!("/mon-dmp/cloturer") view=closure::pages::ClosePage ssr=SsrMode::Async/>
                        <Route path=path!("/dmp-cloture") view=closure::pages::ClosedPage/>
                        <Route path=path!("/rouvrir-mon-dmp") view=closure::pages::ReopenPage ssr=SsrMode::Async/>
                        <Route path=path!("/rouvrir-mon-dmp/fait") view=closure::pages::ReopenedPage/>
                        <Route path=path!("/conditions-generales") view=terms::TermsPage/>
                        <Route path=path!("/demo/messages") view=demo::OutboxPage ssr=SsrMode::Async/>
                        <Route path=path!("/professionnel") view=professional::pages::ProfessionalPage ssr=SsrMode::Async/>
                        <Route path=path!("/professionnel/dossier") view=professional::pages::ProfessionalRecordPage ssr=SsrMode::Async/>
                        <Route path=path!("/professionnel/deposer") view=professional::pages::ProfessionalDepositPage ssr=SsrMode::Async/>
                        <Route path=path!("/professionnel/creer") view=professional::pages::ProfessionalOpeningPage ssr=SsrMode::Async/>
                        <Route path=path!("/professionnel/documents/:id") view=professional::pages::ProfessionalDocumentPage ssr=SsrMode::Async/>
                        <Route path=path!("/borne") view=kiosk::KioskPage ssr=SsrMode::Async/>
                        <Route path=path!("/personnel") view=staff::pages::StaffHomePage ssr=SsrMode::Async/>
                        <Route path=path!("/guichet") view=desk::pages::DeskPageView ssr=SsrMode::Async/>
                        <Route path=path!("/statistiques") view=statistics::pages::StatisticsPageView ssr=SsrMode::Async/>
                        <Route path=path!("/atelier") view=workshop::pages::WorkshopPageView ssr=SsrMode::Async/>
                        <Route path=path!("/atelier/:id/salle") view=workshop::room::pages::RoomPageView ssr=SsrMode::Async/>
                        <Route path=path!("/aide") view=help::pages::HelpIndexPage/>
                        <Route path=path!("/aide/:sujet") view=help::pages::HelpTopicPage/>
                        <Route path=path!("/entrainement") view=workshop::practice::pages::PracticePageView ssr=SsrMode::Async/>
                        <Route path=path!("/personnel/connexion") view=staff::pages::StaffSignInPage ssr=SsrMode::Async/>
                        <Route path=path!("/personnel/code") view=staff::pages::StaffCodePage ssr=SsrMode::Async/>
                    </Routes>
                </main>
                <layout::Footer/>
            </Router>
        </div>
    }
}

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // The features' forms and their rules, for the browser's instant checks.
    browser::start(&[
        creation::CHECKS,
        account::CHECKS,
        record::personal::CHECKS,
        record::upload::CHECKS,
        professional::CHECKS,
        desk::CHECKS,
    ]);
}
