//! What every request passes before any page or server function: the
//! client's address (through trusted proxies only), a body of a known kind
//! and size, a same-origin check on whatever changes state, and a last
//! guard against panics. Answers from server functions are given an honest
//! status on the way out: a refusal is a 4xx, a fault a 5xx.

use app::forms::input::has_control;
use app::http::ClientAddress;
use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use ipnet::IpNet;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

/// The largest body the portal reads: one 5 MB upload and its form.
pub const BODY_LIMIT: usize = 6 * 1024 * 1024;
/// A form or a server function's arguments (the longest is a written
/// directive, a few pages of text).
pub const FORM_LIMIT: usize = 256 * 1024;

/// The server functions that take files (multipart); every other one takes
/// a URL-encoded form.
const MULTIPART_ENDPOINTS: [&str; 3] =
    ["/api/dmp/deposer", "/api/pro/deposer", "/api/pro/remplacer"];

/// Machine-to-machine endpoints: authenticated by a bearer token, not by a
/// browser's cookie, so the same-origin rule does not concern them.
const TOKEN_ENDPOINTS: &str = "/assurance-maladie/";

#[derive(Clone, Debug, Default)]
pub struct Edge {
    /// Reverse proxies whose `X-Forwarded-For` / `Forwarded` are believed.
    pub trusted_proxies: Arc<Vec<IpNet>>,
    /// HSTS is sent in production mode (HTTPS is required there).
    pub hsts: bool,
}

/// `DMP_TRUSTED_PROXIES`: addresses or networks, separated by commas or spaces.
pub fn parse_proxies(text: &str) -> Result<Vec<IpNet>, String> {
    text.split([',', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse::<IpNet>()
                .or_else(|_| s.parse::<IpAddr>().map(IpNet::from))
                .map_err(|_| format!("DMP_TRUSTED_PROXIES: `{s}` is not an address or a network"))
        })
        .collect()
}

/// The client as the limits on guessing see it: the peer, or, when the peer
/// is a trusted proxy, the last address it was handed that is not itself a
/// trusted proxy. IPv6 clients are counted per /64 (one subscriber's line).
pub fn client_address(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> String {
    let trusted_ip = |ip: &IpAddr| trusted.iter().any(|n| n.contains(ip));
    let mut client = peer;
    if trusted_ip(&peer) {
        let mut chain = forwarded_chain(headers);
        while trusted_ip(&client) {
            match chain.pop() {
                Some(ip) => client = ip,
                None => break,
            }
        }
    }
    match client {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let net = ipnet::Ipv6Net::new(v6, 64).map(|n| n.trunc());
                net.map(|n| n.to_string())
                    .unwrap_or_else(|_| v6.to_string())
            }
        },
        v4 => v4.to_string(),
    }
}

/// The addresses proxies appended, oldest first: `Forwarded` (RFC 7239)
/// when present, else `X-Forwarded-For`. Anything unreadable ends the chain
/// there, so a forged entry can only name the client it came from.
fn forwarded_chain(headers: &HeaderMap) -> Vec<IpAddr> {
    let values = |name| {
        headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(|s| s.trim().to_string())
            .collect::<Vec<_>>()
    };
    let forwarded = values(header::FORWARDED);
    let entries: Vec<Option<IpAddr>> = if !forwarded.is_empty() {
        forwarded
            .iter()
            .map(|element| {
                element
                    .split(';')
                    .filter_map(|pair| pair.trim().split_once('='))
                    .find(|(k, _)| k.eq_ignore_ascii_case("for"))
                    .and_then(|(_, v)| parse_node(v))
            })
            .collect()
    } else {
        values(header::HeaderName::from_static("x-forwarded-for"))
            .iter()
            .map(|s| parse_node(s))
            .collect()
    };
    // From the right: what the nearest proxy saw is the most trustworthy.
    let mut chain = Vec::new();
    for entry in entries.into_iter().rev() {
        match entry {
            Some(ip) => chain.push(ip),
            None => break,
        }
    }
    chain.reverse();
    chain
}

/// `192.0.2.1`, `192.0.2.1:4711`, `"[2001:db8::1]:4711"`, `2001:db8::1`.
fn parse_node(text: &str) -> Option<IpAddr> {
    let t = text.trim().trim_matches('"');
    if let Ok(ip) = t.parse::<IpAddr>() {
        return Some(ip);
    }
    if let Some(rest) = t.strip_prefix('[') {
        return rest.split(']').next()?.parse().ok();
    }
    t.parse::<SocketAddr>().ok().map(|s| s.ip())
}

/// Puts the client's address where the server functions read it.
pub async fn with_client_address(
    State(edge): State<Edge>,
    mut request: Request,
    next: Next,
) -> Response {
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(a)| a.ip());
    if let Some(peer) = peer {
        let address = client_address(peer, request.headers(), &edge.trusted_proxies);
        request.extensions_mut().insert(ClientAddress(address));
    }
    next.run(request).await
}

fn changes_state(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// A browser says where a request comes from: `Sec-Fetch-Site`, or else
/// `Origin`, which must name this very host. A request with neither does
/// not come from a web page (curl, a monitoring probe), so it carries no
/// victim's cookie and is let through.
pub fn same_origin(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return site.as_bytes() == b"same-origin";
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    let (Ok(origin), Some(host)) = (
        origin.to_str(),
        headers.get(header::HOST).and_then(|h| h.to_str().ok()),
    ) else {
        return false;
    };
    origin
        .split_once("://")
        .is_some_and(|(_, authority)| authority.eq_ignore_ascii_case(host))
}

fn refusal(status: StatusCode, title: &str, text: &str) -> Response {
    let page = format!(
        "<!DOCTYPE html><html lang=\"fr\"><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} — Mon DMP</title><h1>{title}</h1><p>{text}</p>\
         <p><a href=\"/\">Retour à l'accueil</a></p></html>"
    );
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        page,
    )
        .into_response()
}

fn foreign_origin() -> Response {
    refusal(
        StatusCode::FORBIDDEN,
        "Demande refusée",
        "Cette demande ne vient pas d'une page du portail DMP : elle n'a pas été traitée. \
         Si vous remplissiez un formulaire, ouvrez de nouveau le site du DMP et recommencez.",
    )
}

pub fn too_large() -> Response {
    refusal(
        StatusCode::PAYLOAD_TOO_LARGE,
        "Envoi trop volumineux",
        "Ce que vous avez envoyé dépasse la taille acceptée (un fichier de 5 Mo au plus). \
         Rien n'a été enregistré.",
    )
}

fn unsupported() -> Response {
    refusal(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "Format non pris en charge",
        "Le contenu de cette demande n'est pas celui qu'attend ce formulaire. Rien n'a été enregistré.",
    )
}

fn malformed() -> Response {
    refusal(
        StatusCode::BAD_REQUEST,
        "Demande incomplète",
        "Cette demande est mal formée ou incomplète. Rien n'a été enregistré : recommencez depuis le formulaire.",
    )
}

/// The kind a body must have to reach a server function, checked before
/// any decoder runs: a decoder that meets the unexpected may panic.
fn check_body_kind(path: &str, headers: &HeaderMap) -> Result<usize, StatusCode> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if MULTIPART_ENDPOINTS.contains(&path) {
        if essence != "multipart/form-data" {
            return Err(StatusCode::UNSUPPORTED_MEDIA_TYPE);
        }
        let boundary = content_type
            .split(';')
            .skip(1)
            .filter_map(|p| p.trim().split_once('='))
            .find(|(k, _)| k.trim().eq_ignore_ascii_case("boundary"))
            .map(|(_, v)| v.trim().trim_matches('"'));
        // RFC 2046: 1 to 70 characters.
        match boundary {
            Some(b) if !b.is_empty() && b.len() <= 70 => Ok(BODY_LIMIT),
            _ => Err(StatusCode::BAD_REQUEST),
        }
    } else if essence == "application/x-www-form-urlencoded" {
        Ok(FORM_LIMIT)
    } else {
        Err(StatusCode::UNSUPPORTED_MEDIA_TYPE)
    }
}

/// Same origin for every state change; for server functions, a body of the
/// expected kind and size, read whole here when its length is not declared.
pub async fn guard_state_changes(
    State(services): State<app::services::Services>,
    request: Request,
    next: Next,
) -> Response {
    if !changes_state(request.method()) {
        return next.run(request).await;
    }
    let path = request.uri().path().to_string();
    if path.starts_with(TOKEN_ENDPOINTS) {
        return next.run(request).await;
    }
    if !same_origin(request.headers()) {
        tracing::warn!(path, "state change from a foreign origin refused");
        return foreign_origin();
    }
    if !path.starts_with("/api/") {
        return next.run(request).await;
    }
    let limit = match check_body_kind(&path, request.headers()) {
        Ok(limit) => limit,
        Err(StatusCode::BAD_REQUEST) => return malformed(),
        Err(_) => return unsupported(),
    };
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit as u64) {
        return too_large();
    }
    let form = limit == FORM_LIMIT;
    if declared.is_some() && !form {
        return next.run(request).await;
    }
    // A form is read here whole (it is small) to look at what it carries;
    // a chunked upload too, so that no decoder meets a body the limit cut.
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, limit).await else {
        return too_large();
    };
    if form {
        if let Some(field) = field_with_control_characters(&bytes) {
            return control_characters_in(&services, &parts, &path, &field);
        }
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

/// The id of the first field (`form[note]` → `note`) holding a control
/// character, if any; empty when its name is not a plain input name.
fn field_with_control_characters(encoded: &[u8]) -> Option<String> {
    form_urlencoded::parse(encoded)
        .find(|(k, v)| has_control(k) || has_control(v))
        .map(|(k, _)| {
            let inner = k
                .strip_prefix("form[")
                .and_then(|rest| rest.strip_suffix(']'))
                .unwrap_or(&k);
            if inner.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                inner.to_string()
            } else {
                String::new()
            }
        })
}

/// A field with a control character is refused like any field error, next
/// to the field: without JavaScript, sent back to the form's page as its
/// server function would (the signed cookie); for the page's WebAssembly,
/// 422 in the portal's error encoding. Nothing reaches the server function.
fn control_characters_in(
    services: &app::services::Services,
    parts: &axum::http::request::Parts,
    function: &str,
    field: &str,
) -> Response {
    use app::error::PortalError;
    use app::messages::Text;
    use base64::Engine;
    use leptos::server_fn::error::FromServerFnError;
    let error = match app::forms::fields::Field::from_id(field) {
        Some(field) => PortalError::field(field, Text::ControlCharacter),
        None => PortalError::refused(Text::ControlCharacter),
    };
    let text = error.ser();
    let plain_form = parts
        .headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"));
    if !plain_form {
        return (
            StatusCode::UNPROCESSABLE_ENTITY,
            [
                (header::CONTENT_TYPE, "application/json"),
                (header::CACHE_CONTROL, "no-store"),
            ],
            text,
        )
            .into_response();
    }
    // The form's page, from the Referer (same origin was checked).
    let Some(referer) = parts
        .headers
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
    else {
        return control_characters();
    };
    let (page, _) = crate::form_errors::on_this_site(referer);
    let error = base64::engine::general_purpose::URL_SAFE.encode(&text);
    match HeaderValue::from_str(page) {
        Ok(location) => (
            StatusCode::FOUND,
            [
                (header::LOCATION, location),
                (
                    header::SET_COOKIE,
                    crate::form_errors::sealed_cookie(services, page, function, &error),
                ),
                (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
            ],
        )
            .into_response(),
        Err(_) => control_characters(),
    }
}

/// Whether a URL-encoded text carries, once decoded, a control character
/// (a NUL byte, an escape…): nothing a person types, and PostgreSQL
/// refuses a NUL in a text.
fn carries_control_characters(encoded: &[u8]) -> bool {
    form_urlencoded::parse(encoded).any(|(k, v)| has_control(&k) || has_control(&v))
}

fn control_characters() -> Response {
    refusal(
        StatusCode::BAD_REQUEST,
        "Caractère non autorisé",
        "Un champ contient un caractère invisible qui ne peut pas être enregistré (un caractère \
         de contrôle). Rien n'a été enregistré : revenez au formulaire et saisissez de nouveau le texte.",
    )
}

/// Addresses whose query carries control characters are refused on every
/// page, before anything reads them.
pub async fn guard_query(request: Request, next: Next) -> Response {
    if request
        .uri()
        .query()
        .is_some_and(|q| carries_control_characters(q.as_bytes()))
    {
        return control_characters();
    }
    next.run(request).await
}

/// Server functions answer every error with 500; here the error says
/// whose fault it is (`PortalError::status`): 422 for a refusal of the
/// person's input, 400 for a call no page of ours makes, 503 for a fault,
/// so that monitoring sees real faults only. A plain form's redirect (302)
/// is left as it is.
pub async fn honest_status(request: Request, next: Next) -> Response {
    use leptos::server_fn::error::FromServerFnError;
    let api = request.uri().path().starts_with("/api/");
    let response = next.run(request).await;
    if !api
        || response.status() != StatusCode::INTERNAL_SERVER_ERROR
        || !response.headers().contains_key("serverfnerror")
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, FORM_LIMIT).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let error = app::error::PortalError::de(bytes.clone());
    parts.status =
        StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    Response::from_parts(parts, Body::from(bytes))
}

/// HSTS in production: once a browser has seen the portal over HTTPS, it
/// never tries plain HTTP again.
pub async fn strict_transport(State(edge): State<Edge>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    if edge.hsts {
        response.headers_mut().insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    response
}

/// The last guard: a panic answers a plain 500 page, its details only in
/// the log (without the payload, which could quote a request).
pub fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("a request handler panicked");
    refusal(
        StatusCode::INTERNAL_SERVER_ERROR,
        "Erreur du service",
        "Le service a rencontré une erreur. Rien n'a été enregistré : réessayez dans quelques minutes.",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(
                header::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                HeaderValue::from_str(v).unwrap(),
            );
        }
        h
    }

    #[test]
    fn forwarded_addresses_count_only_behind_a_trusted_proxy() {
        let proxies = parse_proxies("10.0.0.0/8, 192.0.2.7").unwrap();
        let h = headers(&[("x-forwarded-for", "203.0.113.9, 198.51.100.4")]);
        // Straight from the Internet: the header is anyone's words.
        assert_eq!(
            client_address("198.51.100.200".parse().unwrap(), &h, &proxies),
            "198.51.100.200"
        );
        // Through the proxy: the address the proxy saw.
        assert_eq!(
            client_address("10.1.2.3".parse().unwrap(), &h, &proxies),
            "198.51.100.4"
        );
        // Through two trusted proxies: the first untrusted one from the right.
        let h = headers(&[("x-forwarded-for", "203.0.113.9, 198.51.100.4, 192.0.2.7")]);
        assert_eq!(
            client_address("10.1.2.3".parse().unwrap(), &h, &proxies),
            "198.51.100.4"
        );
        // RFC 7239 wins over X-Forwarded-For.
        let h = headers(&[
            ("forwarded", "for=\"[2001:db8:cafe::17]:4711\";proto=https"),
            ("x-forwarded-for", "198.51.100.4"),
        ]);
        assert_eq!(
            client_address("10.1.2.3".parse().unwrap(), &h, &proxies),
            "2001:db8:cafe::/64"
        );
        // A garbled entry stops the walk at the proxy itself.
        let h = headers(&[("x-forwarded-for", "nonsense")]);
        assert_eq!(
            client_address("10.1.2.3".parse().unwrap(), &h, &proxies),
            "10.1.2.3"
        );
    }

    #[test]
    fn ipv6_clients_are_counted_per_64() {
        let none: Vec<IpNet> = Vec::new();
        let a = client_address(
            "2001:db8:1:2:aaaa::1".parse().unwrap(),
            &HeaderMap::new(),
            &none,
        );
        let b = client_address(
            "2001:db8:1:2:bbbb::9".parse().unwrap(),
            &HeaderMap::new(),
            &none,
        );
        assert_eq!(a, b);
        assert_eq!(a, "2001:db8:1:2::/64");
        assert_eq!(
            client_address(
                "::ffff:192.0.2.1".parse().unwrap(),
                &HeaderMap::new(),
                &none
            ),
            "192.0.2.1"
        );
        assert!(parse_proxies("10.0.0.0/33").is_err());
        assert!(parse_proxies("").unwrap().is_empty());
    }

    #[test]
    fn only_this_host_may_change_state() {
        let host = ("host", "dmp.example");
        assert!(same_origin(&headers(&[
            host,
            ("origin", "https://dmp.example")
        ])));
        assert!(!same_origin(&headers(&[
            host,
            ("origin", "https://evil.example")
        ])));
        assert!(!same_origin(&headers(&[host, ("origin", "null")])));
        assert!(!same_origin(&headers(&[
            host,
            ("sec-fetch-site", "cross-site")
        ])));
        assert!(!same_origin(&headers(&[
            host,
            ("sec-fetch-site", "same-site")
        ])));
        assert!(same_origin(&headers(&[
            host,
            ("sec-fetch-site", "same-origin")
        ])));
        assert!(same_origin(&headers(&[host])));
    }

    #[test]
    fn server_functions_take_their_own_kind_of_body() {
        let form = headers(&[("content-type", "application/x-www-form-urlencoded")]);
        assert_eq!(
            check_body_kind("/api/connexion/identifiants", &form).unwrap(),
            FORM_LIMIT
        );
        let text = headers(&[("content-type", "text/plain")]);
        assert_eq!(
            check_body_kind("/api/connexion/identifiants", &text).unwrap_err(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE
        );
        assert_eq!(
            check_body_kind("/api/dmp/deposer", &form).unwrap_err(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE
        );
        let no_boundary = headers(&[("content-type", "multipart/form-data")]);
        assert_eq!(
            check_body_kind("/api/dmp/deposer", &no_boundary).unwrap_err(),
            StatusCode::BAD_REQUEST
        );
        let multipart = headers(&[("content-type", "multipart/form-data; boundary=\"abc\"")]);
        assert!(carries_control_characters(b"login=marie%00&password=x"));
        assert!(carries_control_characters(b"q=%1B%5B31m"));
        assert_eq!(
            field_with_control_characters(b"a=1&form%5Bfree_note%5D=x%00y").as_deref(),
            Some("free_note")
        );
        assert_eq!(
            field_with_control_characters(b"login=%07").as_deref(),
            Some("login")
        );
        assert_eq!(
            field_with_control_characters(b"form%5Bx%3Cy%5D=%00").as_deref(),
            Some("")
        );
        assert_eq!(field_with_control_characters(b"login=marie"), None);
        assert!(!carries_control_characters(
            b"note=ligne+1%0D%0Aligne+2%09%C3%A9"
        ));
        assert_eq!(
            check_body_kind("/api/pro/remplacer", &multipart).unwrap(),
            BODY_LIMIT
        );
    }
}
