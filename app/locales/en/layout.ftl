# What every page shares: the header, its switches, the footer.
layout-skip = Skip to content
# Said by screen readers when a page of the site has just opened.
layout-page-shown = New page shown
layout-brand = Mon DMP
layout-tagline = Shared Medical Record
layout-text-larger = Larger text
layout-text-normal = Normal text
# The switch to the other language, written in that language.
layout-other-language = Français
layout-other-language-code = fr
layout-easy-on = Easy read
layout-easy-off = Usual text
layout-easy-hint = Short sentences and simple words.
layout-preferences = Display
layout-practice = Practice
layout-practice-text = — a made-up person. Nothing you do here is real.
layout-practice-card = My practice card
layout-footer-about = The DMP is a free and optional service of the French national health insurance (Assurance Maladie). Your health data are hosted in France by a certified host.
layout-footer-links = Useful links
layout-footer-home = Home
layout-footer-create = Create my DMP
layout-footer-sign-in = Open my DMP
layout-footer-help = Help
layout-footer-terms = Terms of use
layout-footer-professional = For health professionals
# The page of an unknown address (404).
layout-not-found-title = Page not found
layout-not-found-text = The address you asked for does not exist or no longer exists. Check the address you typed, or start again from the home page.
layout-back-home = Back to the home page
# A service to come in a later release.
layout-coming-soon = This service is being prepared.
