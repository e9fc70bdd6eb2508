//! « Agrandir le texte »: the server's form (`layout::TextSize`) becomes
//! an instant switch, remembered by the same server function.

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
        target.set_text_content(Some(if large {
            "Texte normal"
        } else {
            "Agrandir le texte"
        }));
    });
}
