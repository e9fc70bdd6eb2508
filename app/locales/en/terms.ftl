# terms pages (issue 17).

terms-page-title = Terms of use
terms-title = Terms of use of the Dossier Médical Partagé (shared medical record)
terms-version = version 1.0 of 22 November 2026
terms-english-note = This is an English translation for your information; the French version is the one that binds.
terms-pdf-link = Download these terms as a PDF

terms-s1-title = 1. What the DMP is for
terms-s1-p1 = The Dossier Médical Partagé (DMP, shared medical record) is a digital health record book. It keeps your health information: reports, test results, treatments, imaging, vaccinations, as well as the history of your healthcare reimbursements over the last 24 months, added by the Assurance Maladie (French national health insurance).
terms-s1-p2 = It lets the health professionals who treat you, in the community or in hospital, share this information, especially in an emergency.
terms-s1-p3 = The DMP is free and is not compulsory. Not having one makes no difference to your reimbursements.

terms-s2-title = 2. Your consent
terms-s2-p1 = Your DMP is only created with your agreement, or that of your legal representative if you are a minor or under legal protection. By ticking the acceptance box, you consent to the creation of your DMP and of the account that gives you access to it.
terms-s2-p2 = You can close your DMP at any time.

terms-s3-title = 3. Who can read your DMP
terms-s3-p1 = You, with your login, your password and a one-time code received by text message (SMS) or by e-mail each time you sign in.
terms-s3-p2 = The health professionals who care for you, with your agreement, and according to their profession: each of them sees only the documents useful to their work. Your regular doctor (médecin traitant) can see your whole record.
terms-s3-p3 = Nobody else: neither your employer, nor your bank, nor your insurance or your complementary health insurance (mutuelle), nor occupational health services can access your DMP.

terms-s4-title = 4. Access in an emergency
terms-s4-p1 = If your life is in danger and you cannot give your agreement, a health professional can open your DMP in « bris de glace » (break-glass) mode. The regulating doctor of the SAMU – Centre 15 (emergency number 15) can also read it during an emergency call.
terms-s4-p2 = Both of these accesses are allowed by default. You can refuse them when your DMP is created, then change your mind at any time. Every emergency access is recorded and you are told about it.

terms-s5-title = 5. What you can do
terms-s5-p1 = Read your DMP, and add your own documents and information (allergies, people to contact, advance directives…).
terms-s5-p2 = Hide a document from health professionals (it stays visible to your regular doctor and to its author), block a professional's access, see at any time the list of all accesses to your record, and choose the notifications you receive.
terms-s5-p3 = Close your DMP. Nobody, including you, can then read it; its data are archived for ten years, during which you can reopen it, and then destroyed.

terms-s6-title = 6. Your commitments
terms-s6-p1 = Keep your login, your password and the codes you receive secret: neither the Assurance Maladie nor a health professional will ever ask you for them.
terms-s6-p2 = Sign out after use, especially on a shared computer.
terms-s6-p3 = Report straight away any use of your account that you do not recognise.

terms-s7-title = 7. Protection of your data
terms-s7-p1 = Your health data are hosted in France by a host certified for health data. Exchanges are encrypted. Every access to your DMP and every action on it is logged.
terms-s7-p2 = You have the rights of access, rectification and restriction provided for by the General Data Protection Regulation (GDPR) and the French Data Protection Act (loi Informatique et Libertés). You can complain to the CNIL (the French data protection authority).

terms-s8-title = 8. References
terms-s8-p1 = French Public Health Code (Code de la santé publique), articles L. 1111-14 et seq. and R. 1111-26 et seq.; Decree no. 2016-914 of 4 July 2016; Decree no. 2016-1545 of 16 November 2016 authorising the processing of DMP data.

## The receipt of a choice (record/controls/receipt.rs)
terms-receipt-meta = Receipt – Dossier Médical Partagé
terms-receipt-title = Receipt of your choice on your Dossier Médical Partagé (shared medical record)
terms-receipt-intro = This receipt certifies a change you made in your DMP. It is taken from the access history, which nobody can modify.
terms-receipt-holder = Holder
terms-receipt-ins = National health identifier (INS)
terms-receipt-when = Date and time
terms-receipt-date-time = { $date } at { $time }
terms-receipt-change = Change
terms-receipt-masked = Document hidden from health professionals
terms-receipt-unmasked = Document visible again to health professionals
terms-receipt-blocked = Health professional blocked
terms-receipt-unblocked = Health professional unblocked
terms-receipt-emergency = Emergency access choices changed
terms-receipt-detail = Details
terms-receipt-reference = Reference
terms-receipt-entry = History entry
terms-receipt-entry-number = No. { $seq }
terms-receipt-fingerprint = Fingerprint
terms-receipt-again = You can go back on this choice at any time from your DMP; each change gives a new receipt.
