//! « Agrandir le texte »: the button the server drew hidden
//! (`layout::TextSize`) appears and switches the page's larger text.

pub fn start() {
    let document = super::document();
    let Some(button) = document
        .query_selector("[data-taille-texte]")
        .ok()
        .flatten()
    else {
        return;
    };
    button.remove_attribute("hidden").ok();
    let target = button.clone();
    super::on(&button, "click", move |_| {
        let large = target.get_attribute("aria-pressed").as_deref() != Some("true");
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
