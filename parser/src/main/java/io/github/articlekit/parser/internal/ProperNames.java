package io.github.articlekit.parser.internal;

import static io.github.articlekit.parser.internal.WordFold.foldPhrases;
import static io.github.articlekit.parser.internal.WordFold.foldWords;

import java.util.Set;

/**
 * The names attribution extraction knows, folded by {@link WordFold#foldPhrase}: outlets whose article is
 * part of the name, agencies and outlets that are names wherever they stand, places that stand for a
 * government (and so are no source), and German companies written after an article.
 */
final class ProperNames {
  private ProperNames() {}

  /** Titles and outlets whose article is part of the name: "Le Monde", "The Guardian", "Der Spiegel". */
  static final Set<String> OUTLETS_WITH_ARTICLE = foldPhrases(
      "Le Monde", "Le Figaro", "Le Parisien", "Le Point", "Le Temps", "Le Soir", "Le Devoir", "Le Télégramme",
      "Le Progrès", "Le Canard enchaîné", "Le Journal du dimanche", "Le Monde diplomatique", "Le Dauphiné libéré",
      "Le Nouvel Obs", "Le Courrier", "Le Matin", "Le Journal de Montréal", "Le Républicain lorrain",
      "Les Échos", "Les Echos", "L'Express", "L'Obs", "L'Équipe", "L'Humanité", "L'Opinion", "L'Orient-Le Jour",
      "L'Usine nouvelle", "La Croix", "La Tribune", "La Libre Belgique", "La Dépêche", "La Dépêche du Midi",
      "La Provence", "La Voix du Nord", "La Presse", "La Montagne", "La Nouvelle République",
      "The Guardian", "The Times", "The New York Times", "The Washington Post", "The Wall Street Journal",
      "The Economist", "The Telegraph", "The Daily Telegraph", "The Independent", "The Atlantic", "The Hill",
      "The Information", "The Verge", "The Sun", "The Observer",
      "The Sunday Times", "The Times of Israel", "The Globe and Mail", "The Hindu", "The Intercept",
      "The New Yorker", "The Daily Mail", "The Boston Globe", "The Los Angeles Times", "The Irish Times",
      "The Australian", "The Straits Times", "The Japan Times", "The Korea Herald", "The Kyiv Independent",
      "The Moscow Times", "The Jerusalem Post", "The Athletic", "The Mirror", "The Spectator",
      "El País", "El Mundo", "El Confidencial", "El Periódico", "El Español", "El Diario", "El Universal",
      "El Tiempo", "El Comercio", "El Clarín", "El Mercurio", "El Economista", "El Independiente",
      "El Correo", "El Heraldo", "El Nacional", "El Faro", "El Salto", "El Observador", "El Financiero",
      "La Vanguardia", "La Razón", "La Nación", "La Jornada", "La Tercera", "La Voz de Galicia",
      "La Información", "La Prensa", "La República", "La Opinión", "La Sexta", "Los Angeles Times",
      "Der Spiegel", "Die Zeit", "Die Welt", "Der Standard", "Die Presse", "Der Tagesspiegel",
      "Die Tageszeitung", "Der Bund", "Die Furche", "Der Freitag", "Die Rheinpfalz", "Das Erste",
      "Il Sole 24 Ore", "Il Messaggero", "Il Fatto Quotidiano", "Il Giornale",
      "Il Post", "Il Foglio", "Il Mattino", "Il Resto del Carlino", "Il Secolo XIX", "Il Gazzettino",
      "Il Tempo", "Il Manifesto", "Il Riformista", "La Repubblica", "La Stampa", "La Gazzetta dello Sport",
      "La Nazione", "La Verità", "L'Espresso", "L'Unione Sarda", "L'Eco di Bergamo",
      "O Globo", "O Estado de S. Paulo", "O Estado de São Paulo", "O Tempo", "O Dia", "O Povo",
      "O Jogo", "A Bola", "A Tarde", "A Gazeta");

  /** Outlets and agencies that are names wherever they stand, e.g. at a sentence start. */
  static final Set<String> KNOWN_NAMES = foldPhrases(
      "Reuters", "Bloomberg", "Axios", "Politico", "Yonhap", "Xinhua", "Tass", "Interfax", "Kyodo", "Anadolu",
      "Efe", "Ansa", "Lusa", "dpa", "Agência Brasil", "Europa Press", "Sky News", "CNN", "BBC", "Al Jazeera",
      "Libération", "Mediapart", "Franceinfo", "Bild", "Handelsblatt", "Tagesschau", "Clarín", "Infobae",
      "Folha", "Estadão", "Globo", "Publico", "Público", "Expresso", "Avvenire", "Repubblica", "Corriere",
      "Ukrinform", "Ria Novosti", "Nikkei", "Haaretz", "Semafor", "Vox", "Wired", "Forbes", "Fortune",
      // Cited in every language, with a word ("sans", "without", "ohne") that ends other names.
      "Médecins sans frontières", "Reporters sans frontières", "Doctors Without Borders",
      "Reporters Without Borders", "Médicos sin Fronteras", "Reporteros sin Fronteras", "Ärzte ohne Grenzen",
      "Reporter ohne Grenzen", "Medici senza frontiere", "Médicos Sem Fronteiras", "Repórteres Sem Fronteiras");

  /**
   * Countries, capitals and a few cities that stand for a government ("Russia said", "Paris a annoncé",
   * "Berlin erklärte"): a place is not a named source, in every pack.
   */
  static final Set<String> PLACES = foldPhrases(
      // Countries, in the six packs' spellings.
      "France", "Frankreich", "Francia", "França", "Allemagne", "Germany", "Deutschland", "Alemania", "Germania",
      "Alemanha", "Russie", "Russia", "Russland", "Rusia", "Rússia", "Ukraine", "Ucrania", "Ucraina", "Ucrânia",
      "Chine", "China", "Cina", "États-Unis", "Etats-Unis", "United States", "Vereinigte Staaten",
      "Estados Unidos", "Stati Uniti", "America", "Amérique", "Amerika", "Royaume-Uni", "United Kingdom", "Britain",
      "Great Britain", "Großbritannien", "Reino Unido", "Regno Unito", "Gran Bretagna", "Grande-Bretagne",
      "Grã-Bretanha", "Gran Bretaña", "Italie", "Italy", "Italien", "Italia", "Itália", "Espagne", "Spain",
      "Spanien", "España", "Spagna", "Espanha", "Portugal", "Portogallo", "Brésil", "Brazil", "Brasilien",
      "Brasil", "Brasile", "Israël", "Israel", "Israele", "Iran", "Irán", "Irã", "Irak", "Iraq", "Iraque", "Syrie",
      "Syria", "Syrien", "Siria", "Síria", "Turquie", "Turkey", "Türkei", "Turquía", "Turchia", "Turquia",
      "Türkiye", "Inde", "India", "Indien", "Índia", "Japon", "Japan", "Japón", "Giappone", "Japão",
      "Corée du Nord", "North Korea", "Nordkorea", "Corea del Norte", "Corea del Nord", "Coreia do Norte",
      "Corée du Sud", "South Korea", "Südkorea", "Corea del Sur", "Corea del Sud", "Coreia do Sul", "Pologne",
      "Poland", "Polen", "Polonia", "Polônia", "Polónia", "Hongrie", "Hungary", "Ungarn", "Hungría", "Ungheria",
      "Hungria", "Grèce", "Greece", "Griechenland", "Grecia", "Grécia", "Canada", "Kanada", "Canadá", "Mexique",
      "Mexico", "Mexiko", "México", "Messico", "Argentine", "Argentina", "Argentinien", "Venezuela", "Colombie",
      "Colombia", "Kolumbien", "Colômbia", "Cuba", "Kuba", "Égypte", "Egypt", "Ägypten", "Egipto", "Egitto",
      "Egito", "Arabie saoudite", "Saudi Arabia", "Saudi-Arabien", "Arabia Saudita", "Arabia Saudí",
      "Arábia Saudita", "Qatar", "Katar", "Catar", "Liban", "Lebanon", "Libanon", "Líbano", "Libano",
      "Jordanie", "Jordanien", "Jordania", "Giordania", "Jordânia", "Afghanistan", "Afganistán", "Afeganistão",
      "Pakistan", "Pakistán", "Paquistão", "Biélorussie", "Belarus", "Belarús", "Bielorussia", "Bielorrússia",
      "Weißrussland", "Belgique", "Belgium", "Belgien", "Bélgica", "Belgio", "Pays-Bas", "Netherlands",
      "Niederlande", "Países Bajos", "Paesi Bassi", "Países Baixos", "Suisse", "Switzerland", "Schweiz", "Suiza",
      "Svizzera", "Suíça", "Autriche", "Austria", "Österreich", "Áustria", "Suède", "Sweden", "Schweden",
      "Suecia", "Svezia", "Suécia", "Norvège", "Norway", "Norwegen", "Noruega", "Norvegia", "Finlande", "Finland",
      "Finnland", "Finlandia", "Finlândia", "Danemark", "Denmark", "Dänemark", "Dinamarca", "Danimarca",
      "Algérie", "Algeria", "Algerien", "Argelia", "Argélia", "Maroc", "Morocco", "Marokko", "Marruecos",
      "Marocco", "Marrocos", "Tunisie", "Tunisia", "Tunesien", "Túnez", "Tunísia", "Libye", "Libya", "Libyen",
      "Libia", "Líbia", "Nigeria", "Éthiopie", "Ethiopia", "Äthiopien", "Etiopía", "Etiopia", "Etiópia",
      "Afrique du Sud", "South Africa", "Südafrika", "Sudáfrica", "Sudafrica", "África do Sul", "Australie",
      "Australia", "Australien", "Austrália", "Taïwan", "Taiwan", "Taiwán", "Vietnam", "Vietnã", "Indonésie",
      "Indonesia", "Indonesien", "Indonésia", "Soudan", "Sudan", "Sudán", "Sudão", "Yémen", "Yemen", "Jemen",
      "Iêmen", "Arménie", "Armenia", "Armenien", "Armênia", "Azerbaïdjan", "Azerbaijan", "Aserbaidschan",
      "Azerbaiyán", "Azerbaigian", "Azerbaijão", "Serbie", "Serbia", "Serbien", "Sérvia", "Roumanie", "Romania",
      "Rumänien", "Rumania", "Romênia", "Roménia", "Irlande", "Ireland", "Irland", "Irlanda", "Chili", "Chile",
      "Cile", "Pérou", "Peru", "Perú", "Bolivie", "Bolivia", "Bolivien", "Bolívia", "Moçambique", "Mozambique",
      "Angola", "Europe", "Europa",
      // Capitals and cities that stand for a government.
      "Paris", "Parigi", "Moscou", "Moscow", "Moskau", "Moscú", "Mosca", "Moscovo", "Washington", "Pékin",
      "Beijing", "Peking", "Pekín", "Pechino", "Pequim", "Kiev", "Kyiv", "Kiew", "Kíev", "Kiiv", "Berlin",
      "Berlino", "Berlim", "Berlín", "Rome", "Rom", "Roma", "Madrid", "Londres", "London", "Londra", "Lisbonne",
      "Lisbon", "Lissabon", "Lisboa", "Lisbona", "Bruxelles", "Brussels", "Brüssel", "Bruselas", "Bruxelas",
      "Varsovie", "Warsaw", "Warschau", "Varsovia", "Varsavia", "Varsóvia", "Budapest", "Vienne", "Vienna",
      "Wien", "Viena", "Athènes", "Athens", "Athen", "Atenas", "Atene", "Brasília", "Brasilia", "Tokyo", "Tokio",
      "Tóquio", "Téhéran", "Tehran", "Teheran", "Teherán", "Teerã", "Teerão", "Ankara", "Ottawa", "Canberra",
      "Jérusalem", "Jerusalem", "Jerusalén", "Gerusalemme", "Jerusalém", "Damas", "Damascus", "Damaskus",
      "Damasco", "Séoul", "Seoul", "Seúl", "Pyongyang", "Pjöngjang", "New Delhi", "Riyad", "Riyadh", "Riad",
      "Le Caire", "Cairo", "Kairo", "El Cairo", "Il Cairo", "Caracas", "Havana", "La Havane", "La Habana",
      "L'Avana", "Havanna", "Bogotá", "Minsk", "Bagdad", "Baghdad", "Kaboul", "Kabul", "Islamabad", "Pretoria",
      "Ramallah", "Buenos Aires", "Tel Aviv", "Taipei", "Manille", "Manila", "Caire", "Havane", "Habana");

  /**
   * Companies and bodies that German writes after an article ("die Lufthansa", "die Nato"): one noun after
   * an article is a common noun unless it is one of these, a federal body or an acronym.
   */
  static final Set<String> GERMAN_NAMES_AFTER_ARTICLE = foldWords("Lufthansa Commerzbank Postbank Weltbank "
      + "Allianz Telekom Eurowings Condor Ryanair Airbus Boeing Daimler Porsche Audi Opel Bayer Henkel Adidas "
      + "Zalando Vonovia Uniper Thyssenkrupp Rheinmetall Infineon Continental Schaeffler Evonik Covestro "
      + "Beiersdorf Fresenius Merck Lanxess Tui Ergo Aldi Lidl Edeka Rewe Ikea Amazon Google Apple Tesla "
      + "Microsoft Nvidia Intel Samsung Netflix Shell Gazprom Rosneft Siemens Bosch Volkswagen Mercedes "
      + "Nato Uno Opec Fifa Uefa Unicef Unesco Caritas Diakonie Charité Bundesliga Linke Grünen Union");
}
