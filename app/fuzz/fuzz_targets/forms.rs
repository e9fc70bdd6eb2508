//! Any body: the step-1 and sign-in forms are decoded as their server
//! functions decode them (serde_qs, as server_fn's `PostUrl`), then checked
//! by the rules the server applies. Nothing panics, and what step 1 accepts
//! is canonical.
#![no_main]

use app::account::actions::SignIn;
use app::creation::actions::IdentifyStep;
use app::forms::input::{has_control, page};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(body) = std::str::from_utf8(data) else {
        return;
    };
    let decoder = serde_qs::Config::new(5, false);
    if let Ok(step) = decoder.deserialize_str::<IdentifyStep>(body) {
        if let Ok(identity) = step.form.validate() {
            assert_eq!(identity.nir.as_str().len(), 15);
            assert_eq!(identity.code.as_str().len(), 12);
            assert!(!has_control(identity.serial.as_str()));
        }
    }
    if let Ok(sign_in) = decoder.deserialize_str::<SignIn>(body) {
        let login = sign_in.login.trim().to_lowercase();
        let _ = (has_control(&login), has_control(&sign_in.password));
    }
    let n = page(body);
    assert!((1..=app::forms::input::MAX_PAGE).contains(&n));
});
