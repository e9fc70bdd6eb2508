# terms pages (issue 17).

terms-page-title = Conditions générales d'utilisation
terms-title = Conditions générales d'utilisation du Dossier Médical Partagé
terms-version = version 1.0 du 22 novembre 2026
terms-english-note = Ces conditions sont rédigées en français ; c'est la version française qui fait foi.
terms-pdf-link = Télécharger ces conditions en PDF

terms-s1-title = 1. À quoi sert le DMP
terms-s1-p1 = Le Dossier Médical Partagé (DMP) est un carnet de santé numérique. Il conserve vos informations de santé : comptes rendus, résultats d'analyses, traitements, imagerie, vaccinations, ainsi que l'historique de vos remboursements de soins des 24 derniers mois, ajouté par l'Assurance Maladie.
terms-s1-p2 = Il permet aux professionnels de santé qui vous soignent, en ville ou à l'hôpital, de partager ces informations, en particulier en cas d'urgence.
terms-s1-p3 = Le DMP est gratuit et n'est pas obligatoire. Ne pas en avoir ne change rien à vos remboursements.

terms-s2-title = 2. Votre consentement
terms-s2-p1 = Votre DMP n'est créé qu'avec votre accord, ou celui de votre représentant légal si vous êtes mineur ou protégé. En cochant la case d'acceptation, vous consentez à la création de votre DMP et du compte qui vous permet d'y accéder.
terms-s2-p2 = Vous pouvez fermer votre DMP à tout moment.

terms-s3-title = 3. Qui peut lire votre DMP
terms-s3-p1 = Vous-même, avec votre identifiant, votre mot de passe et un code à usage unique reçu par SMS ou par e-mail à chaque connexion.
terms-s3-p2 = Les professionnels de santé qui vous prennent en charge, avec votre accord, et selon leur profession : chacun ne voit que les documents utiles à son métier. Votre médecin traitant peut voir l'ensemble de votre dossier.
terms-s3-p3 = Personne d'autre : ni votre employeur, ni votre banque, ni votre assurance ou votre mutuelle, ni la médecine du travail ne peuvent accéder à votre DMP.

terms-s4-title = 4. L'accès en cas d'urgence
terms-s4-p1 = Si votre vie est en danger et que vous ne pouvez pas donner votre accord, un professionnel de santé peut ouvrir votre DMP en mode « bris de glace ». Le médecin régulateur du SAMU – Centre 15 peut aussi le consulter pendant un appel d'urgence.
terms-s4-p2 = Ces deux accès sont autorisés par défaut. Vous pouvez vous y opposer à la création de votre DMP, puis changer d'avis à tout moment. Chaque accès en urgence est enregistré et vous en êtes informé.

terms-s5-title = 5. Ce que vous pouvez faire
terms-s5-p1 = Consulter votre DMP, ajouter vos propres documents et informations (allergies, personnes à prévenir, directives anticipées…).
terms-s5-p2 = Masquer un document aux professionnels de santé (il reste visible pour votre médecin traitant et pour son auteur), bloquer l'accès d'un professionnel, consulter à tout moment la liste de tous les accès à votre dossier et choisir les notifications que vous recevez.
terms-s5-p3 = Fermer votre DMP. Il n'est alors plus consultable par personne, vous compris ; ses données sont archivées pendant dix ans, période pendant laquelle vous pouvez le rouvrir, puis détruites.

terms-s6-title = 6. Vos engagements
terms-s6-p1 = Gardez secrets votre identifiant, votre mot de passe et les codes reçus : ni l'Assurance Maladie ni un professionnel de santé ne vous les demanderont jamais.
terms-s6-p2 = Déconnectez-vous après usage, en particulier sur un ordinateur partagé.
terms-s6-p3 = Signalez sans attendre toute utilisation de votre compte que vous ne reconnaissez pas.

terms-s7-title = 7. Protection de vos données
terms-s7-p1 = Vos données de santé sont hébergées en France par un hébergeur certifié pour les données de santé. Les échanges sont chiffrés. Chaque accès et chaque action sur votre DMP sont tracés.
terms-s7-p2 = Vous disposez des droits d'accès, de rectification et de limitation prévus par le règlement général sur la protection des données (RGPD) et la loi Informatique et Libertés. Vous pouvez saisir la CNIL.

terms-s8-title = 8. Références
terms-s8-p1 = Code de la santé publique, articles L. 1111-14 et suivants et R. 1111-26 et suivants ; décret n° 2016-914 du 4 juillet 2016 ; décret n° 2016-1545 du 16 novembre 2016 autorisant le traitement des données du DMP.

## The receipt of a choice (record/controls/receipt.rs)
terms-receipt-meta = Reçu – Dossier Médical Partagé
terms-receipt-title = Reçu de votre choix sur votre Dossier Médical Partagé
terms-receipt-intro = Ce reçu atteste d'un changement que vous avez fait dans votre DMP. Il est tiré de l'historique des accès, que personne ne peut modifier.
terms-receipt-holder = Titulaire
terms-receipt-ins = Identifiant national de santé (INS)
terms-receipt-when = Date et heure
terms-receipt-date-time = { $date } à { $time }
terms-receipt-change = Changement
terms-receipt-masked = Document masqué aux professionnels de santé
terms-receipt-unmasked = Document de nouveau visible des professionnels de santé
terms-receipt-blocked = Professionnel de santé bloqué
terms-receipt-unblocked = Professionnel de santé débloqué
terms-receipt-emergency = Choix d'accès en urgence modifiés
terms-receipt-detail = Détail
terms-receipt-reference = Référence
terms-receipt-entry = Entrée de l'historique
terms-receipt-entry-number = n° { $seq }
terms-receipt-fingerprint = Empreinte
terms-receipt-again = Vous pouvez revenir sur ce choix à tout moment depuis votre DMP ; chaque changement donne un nouveau reçu.
