//! « Agrandir le texte »: the server's form (`layout::Preferences`) becomes
//! an instant switch, remembered by the same server function. The button
//! carries its other label, in the page's language (`data-taille-texte`).

pub fn start() {
    let document = super::document();
    let Some(button) = document
        .query_selector("[data-taille-texte]")
        .ok()
        .flatten()
    else {
        return;
    };
    let target = button.clone();
    super::on(&button, "click", move |event| {
        event.prevent_default();
        let large = target.get_attribute("aria-pressed").as_deref() != Some("true");
        let body = if large { "grand=oui" } else { "grand=non" };
        wasm_bindgen_futures::spawn_local(async move {
            super::post("/api/taille-texte", body).await;
        });
        if let Some(page) = super::document().query_selector(".page").ok().flatten() {
            let _ = page
                .class_list()
                .toggle_with_force("page--large-text", large);
        }
        let _ = target.set_attribute("aria-pressed", if large { "true" } else { "false" });
        let other = target
            .get_attribute("data-taille-texte")
            .unwrap_or_default();
        let _ = target.set_attribute(
            "data-taille-texte",
            &target.text_content().unwrap_or_default(),
        );
        target.set_text_content(Some(&other));
    });
}
