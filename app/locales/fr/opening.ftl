# opening pages (issue 17).

## The Carte Vitale in hand
opening-nir = Numéro de sécurité sociale
opening-nir-hint = Les 15 caractères inscrits sur la carte, clé comprise.
opening-card-type = Type de carte Vitale
opening-card-with-photo = Carte Vitale avec photo
opening-card-without-photo = Carte Vitale sans photo
opening-serial = Numéro de série de la carte Vitale

## Contacts, each typed twice
opening-email = Adresse e-mail
opening-email-confirm = Confirmez l'adresse e-mail
opening-mobile = Téléphone mobile
opening-mobile-hint = 10 chiffres, commençant par 06 ou 07.
opening-mobile-confirm = Confirmez le téléphone mobile

## The three questions
opening-yes = Oui
opening-no = Non
opening-q1-legend = 1. Présentation du DMP et consentement
opening-q1-hint = Le DMP est le carnet de santé numérique de la personne : elle et les professionnels de santé qu'elle autorise peuvent le consulter ; elle peut masquer un document, voir qui l'a consulté et le fermer à tout moment. Il est gratuit et facultatif.
opening-q1-accept = Le DMP a été présenté à la personne, qui consent à sa création.
opening-q2-legend = 2. L'accès en cas d'urgence
opening-q2-hint = La personne pourra changer d'avis à tout moment depuis son DMP ou à un accueil.
opening-q2-break-glass = Un professionnel de santé peut-il accéder à son DMP en cas d'urgence, sans son accord ?
opening-q2-samu = Le médecin du SAMU – Centre 15 peut-il consulter son DMP pendant un appel d'urgence ?
opening-q3-legend = 3. Pour se connecter plus tard (facultatif)
opening-q3-hint = Une adresse e-mail ou un numéro de mobile, saisi deux fois : la personne recevra son identifiant et son mot de passe provisoire sur le document des secrets. Si elle n'a ni l'un ni l'autre, laissez vide : le DMP est créé quand même et les professionnels de santé qu'elle choisit peuvent l'utiliser.
opening-rep-legend = Le représentant légal, qui répond pour l'enfant
opening-rep-relation = Lien avec l'enfant
opening-choose = Choisissez
opening-rep-birth-name = Nom du représentant légal
opening-rep-first-name = Prénom du représentant légal
