# What every page shares: the header, its switches, the footer.
layout-skip = Aller au contenu
# Said by screen readers when a page of the site has just opened.
layout-page-shown = Nouvelle page affichée
layout-brand = Mon DMP
layout-tagline = Dossier Médical Partagé
layout-text-larger = Agrandir le texte
layout-text-normal = Texte normal
# The switch to the other language, written in that language.
layout-other-language = English
layout-other-language-code = en
layout-easy-on = Facile à lire
layout-easy-off = Texte habituel
layout-easy-hint = Des phrases courtes et des mots simples.
layout-preferences = Affichage
layout-practice = Entraînement
layout-practice-text = : personne fictive, rien de ce que vous faites n'est réel.
layout-practice-card = Ma carte d'entraînement
layout-footer-about = Le DMP est un service gratuit et non obligatoire de l'Assurance Maladie. Vos données de santé sont hébergées en France par un hébergeur certifié.
layout-footer-links = Liens utiles
layout-footer-home = Accueil
layout-footer-create = Créer mon DMP
layout-footer-sign-in = Accéder à mon DMP
layout-footer-help = Aide
layout-footer-terms = Conditions générales d'utilisation
layout-footer-professional = Espace professionnel de santé
# The page of an unknown address (404).
layout-not-found-title = Page introuvable
layout-not-found-text = L'adresse demandée n'existe pas ou n'existe plus. Vérifiez l'adresse saisie, ou repartez de l'accueil.
layout-back-home = Retour à l'accueil
# A service to come in a later release.
layout-coming-soon = Ce service est en cours de préparation.
