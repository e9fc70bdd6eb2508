# staff pages (issue 17).

## Sign-in, code and home of the staff area
staff-space = Staff area
staff-elsewhere-open = You are signed in to the staff area.
staff-elsewhere-open-link = Go to my area
staff-elsewhere-code = You still have to type the code you received by e-mail.
staff-elsewhere-code-link = Type my code
staff-elsewhere-expired = Your sign-in has expired or has not started.
staff-elsewhere-expired-link = Sign in
staff-sign-in-title = Sign in – Staff area
staff-sign-in-intro = For staff of the health insurance (Assurance Maladie) and its partners (reception desks, workshops, statistics). A single-use code will be sent to you by e-mail.
staff-sign-in-login = Work identifier
staff-sign-in-password = Password
staff-sign-in-submit = Sign in
# Followed by a link (staff-sign-in-patient-link).
staff-sign-in-patient = Are you a patient?
staff-sign-in-patient-link = Go to my DMP
staff-code-title = Sign-in code – Staff area
staff-code-heading = My sign-in code
staff-code-sent = A 6-digit code has been sent to your work e-mail address. It is valid for 10 minutes.
staff-code-outbox = See the messages sent (demonstration, new tab)
staff-code-label = Code received
staff-code-hint = The 6 digits in the latest message you received.
staff-code-submit = Confirm
staff-code-no-message = No message after a few minutes? Check your spam folder, or:
staff-code-resend = Get a new code
staff-home-signed-in = Signed in
staff-home-role = Role
staff-home-place = Place
staff-home-desk = Open the reception desk console
staff-home-workshops = Open the workshops area
staff-home-statistics = See the DMP statistics
staff-home-traced = Everything you do in this area is recorded with your identity.
staff-home-sign-out = Sign out

## Staff roles, and a staff page reached by someone it is not for
staff-role-agent = Reception desk agent
staff-role-facilitator = Workshop facilitator
staff-role-statistician = Statistician
staff-role-administrator = Administrator
staff-sign-in-link = Sign in to the staff area
# After the sentence saying whom the page is for; the role is a staff-role-… text.
staff-signed-in-as = You are signed in as: { $role }.
staff-back-home = Back to my area

## The reception desk's console
staff-desk-title = Reception desk console
staff-desk-reserved = This console is for the reception desk agents of the health insurance (Assurance Maladie).
staff-desk-kiosk = Assisted kiosk at a reception desk: the console closes by itself after a while without activity.
staff-desk-idle-title = Are you still there?
# {n} (written {"{"}n{"}"}) is replaced by the browser with the seconds left.
staff-desk-idle-message = For security, the reception desk console will close in {"{"}n{"}"} seconds.
staff-desk-idle-button = I am still here
staff-desk-identify = Identify the person
staff-desk-identify-intro = With the Carte Vitale the person shows you: no creation code at the desk.
staff-desk-presence = The person (or their legal representative) is in front of me with their Carte Vitale.
staff-desk-served = Person identified
staff-desk-name = Name
staff-desk-birth-date = Date of birth
# After the date of birth.
staff-desk-minor = (minor)
staff-desk-nir = Social security number
staff-desk-record = DMP
staff-desk-access = Access
staff-desk-record-none = Has no DMP yet.
staff-desk-record-closed = DMP closed on { $date }.
staff-desk-record-open = Has a DMP, opened on { $date }.
staff-desk-account-none = No internet access (no e-mail, no mobile).
# A masked e-mail address or mobile number, then the list of them.
staff-desk-account-email = e-mail { $email }
staff-desk-account-mobile = mobile { $mobile }
staff-desk-account = Internet access: { $channels }.
staff-desk-next = Next person
staff-desk-handover-ready = Sign-in details ready. Identifier: { $login }. Print the secrets document and hand it over: the initial password only appears on this document.
# The name of the legal representative or guardian whose connection data these are.
staff-desk-handover-ready-for = Sign-in details ready for { $name }. Identifier: { $login }. Print the secrets document and hand it over: the initial password only appears on this document.
staff-desk-handover-expired = The secrets document is no longer available (15 minutes have passed or the server has restarted): hand over new sign-in details.
staff-desk-handover-no-account = DMP created without internet access: the health professionals the person sees can use it. Give them the creation document; they can come back with an e-mail address or a mobile number to receive their sign-in details.
staff-desk-secrets-pdf = Download the secrets document (PDF)
staff-desk-questions = Create the DMP: the three questions
staff-desk-questions-intro = Ask the person, or their legal representative, these questions and write down their answers.
staff-desk-create = Create the DMP
staff-desk-credentials = Hand over new sign-in details
staff-desk-credentials-intro = No new identifier is created: the person keeps theirs and gets a temporary password on the secrets document; the old one stops working.
staff-desk-credentials-for = For whom?
staff-desk-credentials-self = The person themselves
staff-desk-credentials-contact = Add or change a way to contact them (optional if they already have one)
staff-desk-representatives = Legal representatives
staff-desk-representatives-add = Record a legal representative
staff-desk-guardianship = Guardianship
staff-desk-guardianship-add = Record a guardian (person under guardianship)
staff-desk-representatives-none = No legal representative or guardian has access to this DMP.
# In a list, in brackets after the guardian's name (lower case).
staff-desk-guardian = guardian
staff-desk-representative-end = End their access
staff-desk-representative-intro = They will have their own sign-in details, handed over on the secrets document, and will receive their codes at their e-mail address or on their mobile.
staff-desk-relation = Relationship to the child
staff-desk-relation-choose = Choose
staff-desk-rep-birth-name = Birth name
staff-desk-rep-first-name = First name
staff-desk-rep-email = Their e-mail address
staff-desk-rep-mobile = Their mobile phone
staff-desk-proof-minor = I have seen the family record book (livret de famille) or the court decision that establishes this relationship.
staff-desk-proof-guardianship = I have seen the guardianship court decision that appoints this person.
staff-desk-close = Close the DMP
staff-desk-close-summary = The person asks for their DMP to be closed
staff-desk-close-explain = Explain to them that once it is closed, nobody, neither they nor health professionals, can read it or add to it; their advance directives can no longer be found there; it is archived for 10 years and then destroyed; they can reopen it during those 10 years.
staff-desk-close-confirm = The person, who is present, asks for their DMP to be closed; I have explained the consequences to them.
# The desk's document des secrets asked for when there is none to print.
staff-desk-pdf-gone = Document unavailable
staff-desk-pdf-gone-text = The secrets document can only be printed by the agent who handed over the sign-in details, for 15 minutes. After that, hand over new sign-in details from the reception desk console.
staff-desk-pdf-gone-back = Back to the reception desk console

## Statistics
staff-stats-title = DMP statistics
staff-stats-reserved = The statistics are for the statisticians of the health insurance (Assurance Maladie).
# The statistics' CSV file asked for by someone else (followed by staff-sign-in-link).
staff-stats-refused = Access denied
staff-stats-refused-text = The statistics are for the statisticians of the health insurance (Assurance Maladie), signed in to the staff area.
staff-stats-period = Period
staff-stats-from = From
staff-stats-to = To
staff-stats-step = Group
staff-stats-step-day = By day
staff-stats-step-week = By week
staff-stats-step-month = By month
staff-stats-show = Show
# A wrong part of the period asked for, replaced by its default.
staff-stats-notice-end = The end date is not a date: today is used.
staff-stats-notice-start = The start date is not a date: the previous { $n } days are used.
staff-stats-notice-order = The start date was after the end date: the previous { $n } days are used.
staff-stats-notice-too-long = A period is three years at most: its start has been moved later.
staff-stats-summary = In short
staff-stats-created = DMPs created
staff-stats-fed-by-professional = Fed by a health professional
staff-stats-fed-by-insurer = Fed by the health insurance (reimbursements)
# A share, from 0 to 100.
staff-stats-percent = { $n }%
staff-stats-csv = Download these figures (CSV, by day, department and channel)
staff-stats-hint = A DMP is "fed" when a health professional has added at least one document to it. No personal data appears in these statistics.
staff-stats-by-day = DMPs created, by day
staff-stats-by-week = DMPs created, by week
staff-stats-by-month = DMPs created, by month
staff-stats-by-channel = DMPs created by channel
staff-stats-by-department = DMPs created by department
staff-stats-channel = Channel
staff-stats-department = Department
# For screen readers: a chart's title and its total.
staff-stats-chart-description = { $title }: { $total } in total; the details are in the table that follows.
# The top of a chart's scale.
staff-stats-max = max. { $n }
staff-stats-legend-created = DMPs created
staff-stats-legend-fed = of which fed by a professional
staff-stats-fed = Fed
staff-stats-fed-share = Share fed
staff-stats-funnel = Creation online and on kiosks
staff-stats-funnel-caption = Steps reached during the period
staff-stats-funnel-started = Step 1 started
staff-stats-funnel-identified = Step 2 (identified)
staff-stats-funnel-abandoned = Abandoned
staff-stats-funnel-expired = Expired
# A week's column: these words, then the day and the month of its Monday
# (« sem. du 30 nov. »); under the chart's column only the date is shown.
staff-stats-week-of = week of
# The months, short, in the columns' names (« 5 déc. », « déc. 2026 »).
staff-stats-month-1 = Jan
staff-stats-month-2 = Feb
staff-stats-month-3 = Mar
staff-stats-month-4 = Apr
staff-stats-month-5 = May
staff-stats-month-6 = Jun
staff-stats-month-7 = Jul
staff-stats-month-8 = Aug
staff-stats-month-9 = Sep
staff-stats-month-10 = Oct
staff-stats-month-11 = Nov
staff-stats-month-12 = Dec
# How a DMP was created: where the person opened it, or who for them.
staff-channel-web = Internet
staff-channel-kiosk = Kiosk at a reception desk
staff-channel-desk = Reception desk agent
staff-channel-pharmacy = Pharmacy
staff-channel-professional = Health professional
staff-channel-workshop = Association workshop
# Where a statistician works, when only the département is known.
staff-department = Département { $department } (county)
