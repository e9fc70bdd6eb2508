# The help pages (issue 16): the list, each topic, the page to print.
help-index-title = Help
help-index-heading = Help: the DMP step by step
help-index-lead = Short answers to the most frequent questions, with pictures of the site's real pages.
help-print-link = All the help on one page, to print
help-back = Help
help-topic-title = { $title } – Help
help-picture-caption = The site's real page, on a phone (in French).
help-pager = Help topics
help-print-title = Help to print
help-print-heading = The DMP step by step
help-print-hint = To print it, choose « Print » in your browser's menu.
help-print-button = Print

help-dmp-title = The DMP: what it is, who reads it
help-dmp-summary = A free digital health record, read only by you and the health professionals you accept.
help-dmp-alt = The DMP site's home page, with the buttons « Create my DMP » and « Open my DMP ».
help-dmp-1 = The Dossier Médical Partagé (DMP, shared medical record) is your digital health record. It keeps your hospital reports, test results, prescriptions, vaccinations and reimbursed care in one place.
help-dmp-2 = It is free and optional. You can close it whenever you want. Your reimbursements are the same whether you have a DMP or not.
help-dmp-3 = Who can read it?
help-dmp-4 = You, with your login, your password and a code received by e-mail or text message.
help-dmp-5 = The health professionals who treat you, if you allow them. Each sees only what concerns their profession.
help-dmp-6 = Your regular doctor (médecin traitant), who sees your whole record.
help-dmp-7 = In an emergency, a doctor can read it without your consent, unless you have refused this.
help-dmp-8 = Your employer, your bank, your insurance and your complementary health insurance can never read it. Each time it is read, this is recorded in your access history.

help-bring-title = What to bring
help-bring-summary = Your Carte Vitale, a creation code (or a visit to a desk), and an e-mail address or a mobile number.
help-bring-alt = Step 1 of the DMP's creation: social security number, creation code, type and number of the Carte Vitale.
help-bring-1 = Your Carte Vitale: its serial number is printed on it.
help-bring-2 = Your social security number: it is on the Carte Vitale, 13 digits and a 2-digit key.
help-bring-3 = The 12-character creation code the Assurance Maladie sent you by post or by e-mail. You do not have it? You can ask for one on the site, or go to an Assurance Maladie desk: the agent creates your DMP with you, without a code.
help-bring-4 = An e-mail address or a mobile phone number: that is where you receive a code each time you sign in. Someone close can help you, but this code is yours: do not give it to anyone.
help-bring-5 = In a workshop, the facilitator can also give you a practice card: a made-up person, to try without any risk.

help-open-title = Creating your DMP
help-open-summary = Three steps, about ten minutes.
help-open-alt = Step 3 of the creation: the person's identity, their login and their first password.
help-open-1 = On the home page, choose « Create my DMP ».
help-open-2 = Step 1: type your social security number, your creation code, the type of your Carte Vitale and its serial number.
help-open-3 = Step 2: check your identity, give an e-mail address or a mobile number (twice, to avoid typing mistakes), read and accept the terms. You also say whether a doctor may read your DMP in an emergency.
help-open-4 = Step 3: your DMP is created. Download or print the secrets document: it holds your identifier and your initial password. Keep it somewhere safe.
help-open-5 = If the internet connection drops during a step, come back to « Create my DMP » within a quarter of an hour: you carry on where you were, and nothing is created twice.

help-consult-title = Reading your DMP
help-consult-summary = Login, password, then the code received by e-mail or text message.
help-consult-alt = The home of a DMP: the person's identity and their spaces, Summaries, Treatments, Test results and the others.
help-consult-1 = Choose « Open my DMP ».
help-consult-2 = Type your identifier and your password.
help-consult-3 = Ask for your code: it comes by e-mail or text message. Type it.
help-consult-4 = The first time, choose your own password.
help-consult-5 = Your record is organised in nine spaces: Summaries, Treatments, Test results, Imaging, Medical reports, Prevention, Certificates, Reimbursement data and Personal space. Your advance directives are kept apart. The history shows who has read your DMP, and when.
help-consult-6 = On a shared computer, remember to sign out when you leave.

help-authorise-title = Allowing or blocking a professional
help-authorise-summary = You give your consent at the practice; you can block a professional at any time.
help-authorise-alt = The « Allowed or blocked professionals » page of a DMP.
help-authorise-1 = A health professional reads your DMP with your consent: you give it at the practice, the pharmacy or the hospital, and they record it when they open your record with their card. Your regular doctor can read your whole record.
help-authorise-2 = In « Allowed or blocked professionals » you see who has a place in your DMP. You can block a professional: they can no longer read your DMP, not even in an emergency. You can unblock them later.

help-mask-title = Hiding a document
help-mask-summary = A hidden document is no longer seen by professionals, except your regular doctor and its author.
help-mask-alt = The documents of a DMP's « Analyses » space (test results): each has a « Masquer aux professionnels » button (hide from professionals).
help-mask-1 = Open the document's space, for example « Test results ».
help-mask-2 = Next to the document, choose « Hide from professionals ».
help-mask-3 = A receipt is ready to print. The document is marked « Hidden ».
help-mask-4 = You still see it. Your regular doctor and the professional who added it see it too. You can show it again at any time.

help-feed-title = What professionals add
help-feed-summary = Reports, results, prescriptions, vaccinations… and the Assurance Maladie adds your reimbursements.
help-feed-alt = The health professionals' space: signing in with the professional's card.
help-feed-1 = Your doctor: the summary of your health (history, allergies, treatments), their reports, their certificates.
help-feed-2 = The hospital: the reports of your stay and of any operation, the discharge letter.
help-feed-3 = The laboratory: your test results. The imaging centre: the radiology reports.
help-feed-4 = The pharmacist: the medicines dispensed, the vaccinations.
help-feed-5 = The Assurance Maladie: your reimbursed care of the last 24 months, then new care as it is reimbursed.
help-feed-6 = You are told when a document is added; you can change this in your notifications. You can also add your own documents.

help-minors-title = Children and their representatives
help-minors-summary = Parents create and read their minor child's DMP; at 18, it becomes the young person's own.
help-minors-alt = A mother, legal representative, chooses which of her children's DMPs to read.
help-minors-1 = A minor's DMP is created by one of their legal representatives (a parent, or a guardian), with the Carte Vitale the child is listed on. Each of the two parents can have their own access.
help-minors-2 = A minor can ask the doctor to keep a consultation secret: their parents will not see it in the DMP.
help-minors-3 = At 18, the parents' access ends. The young person receives a message or a letter to take over their DMP, or close it if they wish.

help-emergency-title = In an emergency
help-emergency-summary = You choose whether a doctor may read your DMP when you cannot give your consent.
help-emergency-alt = The « Emergency access » page of a DMP, with the two questions on the SAMU and the « bris de glace ».
help-emergency-1 = When you call 15, the SAMU's regulating doctor can read your DMP during the call to guide you better.
help-emergency-2 = If your life is in danger and you cannot give your consent, for example unconscious in the emergency department, a health professional can read your DMP without your permission: this is break-glass access (« bris de glace »). They must give the reason, and you are told.
help-emergency-3 = Both kinds of access are allowed by default. You can refuse either when you create your DMP or later, in « Emergency access » in your DMP. A professional you have blocked can never read your DMP, not even in an emergency.

# Each topic, easy to read: one idea per sentence, common words, the reader
# addressed directly.
help-easy-note = This help is written in short sentences.
help-dmp-easy-1 = The DMP is your health record on the internet.
help-dmp-easy-2 =
    DMP means Dossier Médical Partagé.
    In English: shared medical record.
help-dmp-easy-3 = It keeps your health papers in one place.
help-dmp-easy-4 = For example: your blood tests, your prescriptions, your vaccinations.
help-dmp-easy-5 =
    The DMP is free.
    You choose to have a DMP or not.
help-dmp-easy-6 = Who can read your DMP?
help-dmp-easy-7 = You.
help-dmp-easy-8 = The people who treat you, if you agree.
help-dmp-easy-9 =
    Your regular doctor.
    This is the doctor you chose to follow you.
help-dmp-easy-10 = In an emergency, a doctor.
help-dmp-easy-11 = Your boss, your bank and your health insurance company cannot read your DMP.
help-bring-easy-1 = To create your DMP, bring:
help-bring-easy-2 = Your Carte Vitale.
help-bring-easy-3 =
    The creation code.
    It has 12 letters and numbers.
    The Assurance Maladie sent you this code by post or by e-mail.
help-bring-easy-4 = An e-mail address or a mobile phone.
help-bring-easy-5 =
    No code?
    Go to an Assurance Maladie office.
    Someone creates your DMP with you.
help-bring-easy-6 =
    You get codes on your phone.
    These codes are secret.
    Do not give them to anyone.
help-open-easy-1 =
    Go to the home page.
    Choose « Create my DMP ».
help-open-easy-2 = Step 1: write your social security number, your creation code and the number of your Carte Vitale.
help-open-easy-3 =
    Step 2: write your e-mail address or your mobile number.
    Read the terms.
    Accept them.
help-open-easy-4 =
    Step 3: your DMP is created.
    Print the secrets document.
    It has your identifier and your password.
    Keep it in a safe place.
help-open-easy-5 =
    The internet stops?
    Come back to « Create my DMP » within 15 minutes.
    You carry on where you were.
help-consult-easy-1 = Choose « Open my DMP ».
help-consult-easy-2 = Write your identifier and your password.
help-consult-easy-3 =
    You get a code by e-mail or text message.
    Write this code.
help-consult-easy-4 = The first time, choose a new password.
help-consult-easy-5 = On a shared computer, choose « Sign out » at the end.
help-authorise-easy-1 = A doctor or nurse reads your DMP if you agree.
help-authorise-easy-2 = You agree at the doctor's, at the pharmacy or at the hospital.
help-authorise-easy-3 =
    You can block a doctor or a nurse.
    Then they cannot read your DMP any more.
help-authorise-easy-4 =
    To block them: open your DMP.
    Choose « Manage my DMP ».
    Then choose « Allowed or blocked professionals ».
help-mask-easy-1 = You can hide a document from doctors and nurses.
help-mask-easy-2 =
    Open the document's space.
    For example: « Test results ».
help-mask-easy-3 = Choose « Hide from professionals ».
help-mask-easy-4 =
    You still see the document.
    Your regular doctor too.
help-mask-easy-5 = You can change your mind when you want.
help-feed-easy-1 = Doctors and nurses put documents in your DMP.
help-feed-easy-2 = Your doctor: their reports and certificates.
help-feed-easy-3 = The hospital: the report of your stay.
help-feed-easy-4 = The laboratory: your blood test results.
help-feed-easy-5 = The pharmacist: your medicines and your vaccinations.
help-feed-easy-6 = The Assurance Maladie: your reimbursed care.
help-feed-easy-7 = You get a message when a document arrives.
help-minors-easy-1 = Parents can create their child's DMP.
help-minors-easy-2 = Each parent can have their own access.
help-minors-easy-3 =
    A child can ask the doctor to keep something secret.
    Then the parents do not see that document.
help-minors-easy-4 =
    At 18, the DMP belongs to the young person.
    Their parents cannot read it any more.
help-emergency-easy-1 = In an emergency, a doctor can read your DMP without your consent.
help-emergency-easy-2 =
    For example: you call 15.
    Or you are in hospital and you cannot speak.
help-emergency-easy-3 = You get a message when a doctor reads your DMP in an emergency.
help-emergency-easy-4 =
    You can say no.
    Open your DMP.
    Choose « Manage my DMP ».
    Then choose « Emergency access ».
