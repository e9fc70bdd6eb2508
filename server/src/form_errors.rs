//! Without JavaScript, a refused form goes back to its page with its errors.
//! Leptos carries them in the address (`?__path=…&__err=…`), which lets any
//! link show any text in the portal's red alert. Here they travel instead in
//! a one-time cookie signed with the portal's key, for that page only; an
//! `__err` in an address is dropped before the page is drawn.

use app::services::Services;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode, Uri};
use axum::middleware::Next;
use axum::response::Response;

pub const COOKIE: &str = "dmp_retour";
/// Long enough for a slow connection to follow the redirect.
const MAX_AGE_SECONDS: u32 = 300;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<String> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    let bytes = (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect::<Option<Vec<u8>>>()?;
    String::from_utf8(bytes).ok()
}

fn signature(key: &[u8], page: &str, function: &str, error: &str) -> String {
    hex(&app::secret::keyed_hash(
        key,
        &format!("form-errors\n{page}\n{function}\n{error}"),
    ))
}

/// The cookie's value: the page it is for, the server function and its
/// encoded error (as Leptos made them), and their signature.
pub fn seal(key: &[u8], page: &str, function: &str, error: &str) -> String {
    format!(
        "{}.{}.{}.{}",
        hex(page.as_bytes()),
        hex(function.as_bytes()),
        hex(error.as_bytes()),
        signature(key, page, function, error)
    )
}

/// `(function, error)` when the value was sealed by this portal for `page`.
pub fn open(key: &[u8], value: &str, page: &str) -> Option<(String, String)> {
    use subtle::ConstantTimeEq;
    let mut parts = value.split('.');
    let (for_page, function, error, sig) = (
        unhex(parts.next()?)?,
        unhex(parts.next()?)?,
        unhex(parts.next()?)?,
        parts.next()?,
    );
    let expected = signature(key, &for_page, &function, &error);
    let genuine: bool = expected.as_bytes().ct_eq(sig.as_bytes()).into();
    (genuine && parts.next().is_none() && for_page == page).then_some((function, error))
}

/// The query without `__path` / `__err`, and the last pair it held.
fn split_query(query: &str) -> (String, Option<(String, String)>) {
    let mut kept = form_urlencoded::Serializer::new(String::new());
    let (mut function, mut error) = (None, None);
    for (k, v) in form_urlencoded::parse(query.as_bytes()) {
        match k.as_ref() {
            "__path" => function = Some(v.into_owned()),
            "__err" => error = Some(v.into_owned()),
            _ => {
                kept.append_pair(&k, &v);
            }
        }
    }
    (kept.finish(), function.zip(error))
}

fn with_query(path: &str, query: &str) -> String {
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{query}")
    }
}

fn cookie(value: Option<&str>, secure: bool) -> HeaderValue {
    let text = app::http::cookie(
        COOKIE,
        Some(value.unwrap_or("")),
        Some(if value.is_some() { MAX_AGE_SECONDS } else { 0 }),
        secure,
    );
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// Pages: an `__err` in the address is never believed; the sealed cookie
/// for this very page is, once. Redirects of refused forms: the error moves
/// from the address into the cookie.
pub async fn carry(State(services): State<Services>, mut request: Request, next: Next) -> Response {
    let secure = services.secure_cookies();
    let mut consumed = false;
    if request.method() == Method::GET || request.method() == Method::HEAD {
        let path = request.uri().path().to_string();
        let (query, forged) = split_query(request.uri().query().unwrap_or(""));
        let sealed = app::http::cookie_value(request.headers(), COOKIE)
            .and_then(|v| open(&services.key, v, &path));
        if forged.is_some() || sealed.is_some() {
            let mut query = query;
            if let Some((function, error)) = &sealed {
                let mut q = form_urlencoded::Serializer::new(query);
                q.append_pair("__path", function)
                    .append_pair("__err", error);
                query = q.finish();
                consumed = true;
            }
            if let Ok(uri) = with_query(&path, &query).parse::<Uri>() {
                *request.uri_mut() = uri;
            }
        }
    }
    let mut response = next.run(request).await;
    if consumed {
        response
            .headers_mut()
            .append(header::SET_COOKIE, cookie(None, secure));
    }
    if !matches!(
        response.status(),
        StatusCode::FOUND | StatusCode::SEE_OTHER | StatusCode::TEMPORARY_REDIRECT
    ) {
        return response;
    }
    let Some(location) = response
        .headers()
        .get(header::LOCATION)
        .and_then(|l| l.to_str().ok())
        .filter(|l| l.contains("__err="))
        .map(str::to_string)
    else {
        return response;
    };
    // Leptos writes the Referer back with the error appended: keep the
    // page's own path and query, on this site only.
    let (path, query) = on_this_site(&location);
    let (query, pair) = split_query(query);
    if let Ok(clean) = HeaderValue::from_str(&with_query(path, &query)) {
        response.headers_mut().insert(header::LOCATION, clean);
    }
    if let Some((function, error)) = pair {
        response.headers_mut().append(
            header::SET_COOKIE,
            sealed_cookie(&services, path, &function, &error),
        );
    }
    response
}

/// The path and query of an address (absolute or not), on this site only:
/// anything that would lead elsewhere reads as `/`.
pub fn on_this_site(address: &str) -> (&str, &str) {
    let relative = match address.find("://") {
        Some(scheme) => {
            let rest = &address[scheme + 3..];
            rest.find('/').map_or("/", |p| &rest[p..])
        }
        None => address,
    };
    let relative = relative.split('#').next().unwrap_or("/");
    let (path, query) = relative.split_once('?').unwrap_or((relative, ""));
    if path.starts_with('/') && !path.starts_with("//") {
        (path, query)
    } else {
        ("/", "")
    }
}

/// The `Set-Cookie` that carries `error` (server_fn's encoding) from the
/// server function `function` back to `page`.
pub fn sealed_cookie(services: &Services, page: &str, function: &str, error: &str) -> HeaderValue {
    cookie(
        Some(&seal(&services.key, page, function, error)),
        services.secure_cookies(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_error_opens_only_for_its_page_and_unaltered() {
        let key = b"une-cle-de-test-assez-longue-0123456789";
        let sealed = seal(key, "/connexion", "/api/connexion/identifiants", "U2VydmVy");
        assert_eq!(
            open(key, &sealed, "/connexion"),
            Some(("/api/connexion/identifiants".into(), "U2VydmVy".into()))
        );
        assert_eq!(open(key, &sealed, "/creation"), None);
        assert_eq!(
            open(
                b"une-autre-cle-tout-aussi-longue-9876543",
                &sealed,
                "/connexion"
            ),
            None
        );
        let cut = &sealed[..sealed.len() - 2];
        assert_eq!(open(key, cut, "/connexion"), None);
        let mut parts: Vec<&str> = sealed.split('.').collect();
        let other_error = hex(b"ServerError|login|Appelez le 08 99");
        parts[2] = &other_error;
        assert_eq!(open(key, &parts.join("."), "/connexion"), None);
    }

    #[test]
    fn error_pairs_are_taken_out_of_a_query() {
        let (query, pair) = split_query("du=2026-01-01&__path=%2Fapi%2Fx&__err=QUJD&page=2");
        assert_eq!(query, "du=2026-01-01&page=2");
        assert_eq!(pair, Some(("/api/x".into(), "QUJD".into())));
        assert_eq!(split_query("page=2"), ("page=2".into(), None));
        assert_eq!(
            on_this_site("http://h:3000/connexion?a=1#x"),
            ("/connexion", "a=1")
        );
        assert_eq!(on_this_site("/mon-dmp"), ("/mon-dmp", ""));
        assert_eq!(on_this_site("//evil.example/x"), ("/", ""));
        assert_eq!(on_this_site("https://h"), ("/", ""));
    }
}
