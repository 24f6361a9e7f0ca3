package io.github.articlekit.parser.internal;

import io.github.articlekit.parser.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringTokenizer;

/**
 * The words that attribution extraction reads, per language pack: the default cues and the word classes
 * that decide whether the words next to a cue name someone ({@link AttributionScanner}). Every word is
 * kept folded by {@link Typography#foldTermChar} (upper case, accents dropped), so lookups are by whole
 * folded word in a {@link HashSet}.
 */
public final class SourceLexicon {
  private SourceLexicon() {}

  /** Cues, by kind, as a user writes them (folded when a scanner is built). */
  public record DefaultCues(List<String> leading, List<String> verbAfter, List<String> verbBefore,
      List<String> postpositions) {}

  /** The default cues of a language pack. */
  public static DefaultCues defaultCues(Language language) {
    return Objects.requireNonNull(CUES.get(language), "every pack has cues");
  }

  private static final List<String> FRENCH_PRESENT = List.of("déclare", "indique", "rapporte", "annonce", "affirme", "précise", "souligne", "explique",
            "ajoute", "confirme", "assure", "estime", "note", "rappelle", "relève", "observe", "avertit", "prévient",
            "juge", "dit", "écrit", "révèle", "raconte", "confie", "poursuit", "conclut", "résume", "insiste",
            "commente", "analyse", "détaille", "martèle", "reconnaît", "admet", "tempère", "nuance", "déplore", "prévoit",
            "déclarent", "indiquent", "affirment", "estiment", "rapportent", "expliquent", "soulignent",
            "précisent", "assurent", "annoncent", "confirment", "ajoutent", "notent", "jugent", "disent");

  /** Inverted after a quotation: "..., a déclaré X", "..., ont affirmé X". */
  private static final List<String> FRENCH_PERFECT = withAux("a", "ont", "avait", "a encore", "déclaré", "indiqué",
      "affirmé", "précisé", "souligné", "expliqué", "ajouté", "assuré", "estimé", "réagi", "commenté", "confié",
      "averti", "insisté", "dénoncé", "martelé", "prévenu", "résumé", "conclu", "poursuivi", "rappelé", "reconnu",
      "lancé", "tranché", "répondu", "raconté", "déploré", "regretté", "jugé", "observé", "relevé", "noté",
      "tweeté", "écrit", "annoncé", "confirmé", "rapporté", "dit", "admis", "plaidé", "salué", "ironisé",
      "fustigé", "promis", "détaillé", "nuancé", "tempéré", "répété", "rétorqué", "glissé", "souhaité");

  private static final Map<Language, DefaultCues> CUES = new EnumMap<>(Language.class);

  static {
    CUES.put(Language.FRENCH, new DefaultCues(
        List.of("selon", "d'après", "citant", "cité par", "selon ce qu'a rapporté", "selon ce qu'indique",
            "comme l'a rapporté", "comme l'a indiqué", "comme l'a annoncé", "comme le rapporte", "comme l'indique",
            "comme l'écrit", "comme le révèle", "comme l'a révélé", "rapporté par", "rapportés par", "cité par"),
        concat(FRENCH_PRESENT, withAux("a", "ont", "avait", "avaient",
            "déclaré", "indiqué", "rapporté", "annoncé", "affirmé", "précisé", "souligné", "expliqué", "ajouté",
            "confirmé", "assuré", "estimé", "averti", "dit", "reconnu", "démenti", "révélé", "rappelé", "insisté",
            "jugé", "noté", "martelé", "dénoncé", "prévenu", "observé", "relevé", "répondu", "raconté", "signalé",
            "écrit", "tweeté", "réagi", "commenté", "confié", "fait savoir", "fait valoir", "fait état", "admis",
            "détaillé", "ajouté", "soutenu", "plaidé", "déploré", "regretté", "salué", "avancé", "révélé", "répété",
            "rétorqué", "glissé", "souhaité")),
        concat(FRENCH_PRESENT, FRENCH_PERFECT),
        List.of()));

    CUES.put(Language.ENGLISH, new DefaultCues(
        List.of("according to", "as reported by", "reported by", "cited by", "quoted by", "citing"),
        concat(List.of("said", "says", "told", "reported", "reports", "stated", "states", "announced", "announces",
                "added", "adds", "explained", "explains", "noted", "notes", "wrote", "writes", "warned", "warns",
                "confirmed", "confirms", "claimed", "claims", "argued", "argues", "insisted", "insists",
                "acknowledged", "revealed", "estimated", "estimates", "tweeted", "posted", "declared", "stressed",
                "emphasized", "emphasised", "predicted", "predicts", "cautioned", "replied", "responded",
                "commented", "observed", "disclosed", "admitted", "conceded", "maintained", "asserted", "recalled",
                "forecasts", "expects",
                "countered", "alleged", "concluded"),
            withAux("has", "have", "had", "said", "told", "reported", "stated", "announced", "added", "warned",
                "confirmed", "claimed", "argued", "acknowledged", "revealed", "estimated", "noted", "written")),
        List.of("said", "says", "reported", "reports", "wrote", "writes", "added", "adds", "explained", "explains",
            "noted", "notes", "warned", "warns", "stated", "argued", "argues", "insisted", "insists", "claimed",
            "recalled", "replied", "continued", "concluded", "observed", "asked", "acknowledged", "cautioned",
            "as {} reported", "as {} reports", "as {} said", "as {} noted", "as {} put it"),
        List.of()));
    CUES.put(Language.SPANISH, new DefaultCues(
        List.of("según", "de acuerdo con", "según informó", "según publicó", "según indicó", "según explicó",
            "según reveló", "según recoge", "según publica", "según informa", "según ha informado",
            "según ha publicado", "según dijo", "según señaló", "según confirmó", "según datos de", "citado por",
            "como informó", "como publicó", "como adelantó", "como reveló", "como recoge", "como informa",
            "como ha informado", "como ha publicado", "a juicio de", "en palabras de", "según ha podido saber",
            "según ha sabido", "según ha podido saber este periódico"),
        concat(List.of("dijo", "afirmó", "señaló", "informó", "aseguró", "explicó", "declaró", "indicó", "añadió",
                "agregó", "precisó", "destacó", "subrayó", "advirtió", "anunció", "confirmó", "reconoció", "sostuvo",
                "apuntó", "manifestó", "expresó", "comentó", "detalló", "recalcó", "insistió", "reveló", "publicó",
                "admitió", "denunció", "alertó", "pidió", "estimó", "consideró", "calculó", "aclaró", "respondió", "remarcó",
                "prevé", "prevén", "calcula",
                "dice", "afirma", "señala", "asegura", "explica", "indica", "informa", "sostiene", "advierte",
                "destaca", "estima", "considera", "publica", "recoge", "apunta", "subraya", "reconoce", "añade",
                "dijeron", "afirmaron", "señalaron", "informaron", "aseguraron", "explicaron", "declararon",
                "indicaron", "anunciaron", "confirmaron", "advirtieron", "denunciaron", "alertaron", "destacaron",
                "subrayaron", "revelaron", "reconocieron", "precisaron", "añadieron", "sostuvieron", "dicen", "afirman", "señalan", "aseguran",
                "explican", "indican", "informan", "sostienen", "advierten"),
            withAux("ha", "han", "había", "habían",
                "dicho", "afirmado", "señalado", "asegurado", "explicado", "declarado", "informado", "indicado",
                "anunciado", "confirmado", "añadido", "advertido", "reconocido", "precisado", "destacado",
                "subrayado", "revelado", "publicado", "apuntado", "detallado", "sostenido", "manifestado",
                "expresado", "comentado", "denunciado", "estimado", "calculado")),
        List.of("dijo", "afirmó", "señaló", "informó", "aseguró", "explicó", "declaró", "indicó", "añadió", "agregó",
            "precisó", "destacó", "subrayó", "advirtió", "sostuvo", "apuntó", "comentó", "detalló", "recalcó",
            "insistió", "concluyó", "reconoció", "manifestó", "expresó", "respondió", "remarcó", "aclaró",
            "dice", "afirma", "señala", "asegura", "explica", "indica", "sostiene", "advierte", "añade", "apunta",
            "subraya", "destaca", "reconoce", "concluye", "ha dicho", "ha afirmado", "ha señalado", "ha asegurado",
            "ha explicado", "ha declarado", "ha indicado", "ha añadido", "ha advertido", "ha subrayado",
            "ha destacado", "ha precisado", "ha reconocido", "dijeron", "afirmaron", "señalaron", "explicaron",
            "aseguraron", "indicaron"),
        List.of()));
    CUES.put(Language.GERMAN, new DefaultCues(
        List.of("laut", "nach Angaben von", "nach Angaben des", "nach Angaben der", "nach Angaben", "gemäß",
            "nach Informationen von", "nach Informationen des", "nach Informationen der",
            "nach Darstellung von", "nach Darstellung des", "nach Darstellung der", "nach Einschätzung von",
            "nach Einschätzung des", "nach Einschätzung der", "nach Berechnungen von", "nach Berechnungen des",
            "nach Berechnungen der", "nach Schätzungen von", "nach Schätzungen des", "nach Schätzungen der",
            "unter Berufung auf", "zitiert von"),
        concat(List.of("sagte", "sagt", "sagten", "erklärte", "erklärt", "erklärten", "berichtete", "berichtet",
                "berichteten", "meldete", "meldet", "betonte", "betont", "warnte", "warnt", "schrieb", "schreibt",
                "kündigte", "bestätigte", "bestätigt", "verkündete", "räumte", "ergänzte", "fügte", "unterstrich",
                "kritisierte", "kritisiert", "forderte", "fordert", "schätzt", "schätzte", "bekräftigte",
                "versicherte", "mahnte", "erläuterte", "argumentierte", "teilte mit", "teilten mit", "gab bekannt",
                "gaben bekannt", "gab an", "gaben an"),
            withAux("hat", "haben", "hatte", "hatten", "gesagt", "erklärt", "berichtet", "gemeldet", "betont",
                "gewarnt", "geschrieben", "bestätigt", "mitgeteilt", "angekündigt")),
        List.of("sagte", "sagt", "sagten", "erklärte", "erklärt", "erklärten", "betonte", "betont", "warnte", "warnt",
            "schrieb", "schreibt", "berichtete", "berichtet", "meldete", "meldet", "ergänzte", "fügte hinzu",
            "teilte {} mit", "teilten {} mit", "gab {} bekannt",
            "bestätigte", "unterstrich", "kritisierte", "räumte", "erläuterte", "bekräftigte", "mahnte",
            "versicherte", "so", "wie {} berichtet", "wie {} berichtete", "wie {} meldet", "wie {} meldete",
            "wie {} mitteilte", "wie {} schreibt", "wie {} schrieb", "wie {} sagte", "wie {} erklärte",
            "wie {} bestätigte", "wie {} berichten", "wie {} berichteten", "wie {} mitteilten"),
        List.of("zufolge")));
    CUES.put(Language.ITALIAN, new DefaultCues(
        withFusedDa(List.of("secondo", "stando a", "stando al", "stando alla", "stando ai", "stando agli", "stando alle",
            "secondo quanto riferito da", "secondo quanto riportato da", "stando a quanto riferito da",
            "stando a quanto riportato da", "stando a quanto riporta", "stando a quanto scrive",
            "secondo quanto riporta", "secondo quanto riferisce", "secondo quanto scrive", "secondo quanto ha riferito",
            "secondo quanto dichiarato da", "secondo quanto reso noto da", "secondo quanto annunciato da",
            "secondo quanto spiegato da", "secondo quanto affermato da", "come riporta", "come riferisce",
            "come scrive", "come spiega", "come ha riferito", "come ha spiegato", "come riportato da",
            "come riferito da", "come reso noto da", "come annunciato da", "riportato da", "citato da",
            "a detta di", "a quanto riferisce", "a quanto riporta", "a quanto scrive", "per bocca di")),
        concat(List.of("dice", "afferma", "spiega", "sottolinea", "riferisce", "riporta", "scrive", "dichiara",
                "aggiunge", "precisa", "osserva", "avverte", "conferma", "annuncia", "sostiene", "ribadisce",
                "commenta", "denuncia", "racconta", "ammette", "evidenzia", "rileva", "stima", "prevede", "dicono",
                "affermano", "spiegano", "riferiscono", "sostengono", "disse", "dichiarò", "affermò", "spiegò"),
            withAux("ha", "hanno", "aveva", "avevano",
                "detto", "dichiarato", "riferito", "affermato", "spiegato", "aggiunto", "sottolineato", "annunciato",
                "confermato", "precisato", "ribadito", "osservato", "commentato", "reso noto", "fatto sapere",
                "assicurato", "avvertito", "riportato", "scritto", "denunciato", "ammesso", "rivelato",
                "evidenziato", "rilevato", "stimato", "sostenuto", "raccontato", "chiarito", "comunicato",
                "segnalato", "puntualizzato", "replicato", "risposto", "spiegato", "messo in guardia")),
        List.of("dice", "afferma", "spiega", "sottolinea", "riferisce", "riporta", "scrive", "dichiara", "aggiunge",
            "precisa", "osserva", "avverte", "conferma", "sostiene", "ribadisce", "commenta", "racconta", "ammette",
            "evidenzia", "rileva", "conclude", "prosegue", "insiste", "ha detto", "ha dichiarato", "ha spiegato",
            "ha aggiunto", "ha sottolineato", "ha precisato", "ha affermato", "ha riferito", "ha ribadito",
            "ha osservato", "ha commentato", "ha concluso", "ha ammesso", "ha avvertito", "ha assicurato",
            "hanno detto", "hanno spiegato", "hanno dichiarato", "hanno riferito"),
        List.of()));
    CUES.put(Language.PORTUGUESE, new DefaultCues(
        List.of("segundo", "de acordo com", "conforme", "segundo informou", "segundo noticiou", "segundo apurou",
            "segundo divulgou", "segundo dados de", "segundo dados do", "segundo dados da", "conforme informou",
            "conforme divulgou", "conforme noticiou", "conforme apurou", "como informou", "como noticiou",
            "como revelou", "como adiantou", "como avançou", "como escreveu", "como disse", "como afirmou",
            "como explicou", "citado por", "na avaliação de", "nas palavras de", "divulgado pelo", "divulgada pelo",
            "divulgado pela", "divulgada pela", "noticiado pelo", "noticiada pelo", "noticiado pela",
            "noticiada pela", "publicado pelo", "publicada pelo", "publicado pela", "publicada pela"),
        concat(List.of("disse", "afirmou", "informou", "declarou", "explicou", "destacou", "ressaltou", "disseram",
                "afirmaram", "informaram", "declararam", "explicaram", "acrescentou", "salientou", "sublinhou",
                "garantiu", "assegurou", "anunciou", "confirmou", "revelou", "apontou", "defendeu", "alertou",
                "observou", "comentou", "relatou", "noticiou", "reportou", "adiantou", "avançou", "frisou",
                "argumentou", "admitiu", "reconheceu", "avaliou", "estimou", "divulgou", "publicou", "indicou",
                "diz", "afirma", "explica", "informa", "avalia", "destaca", "ressalta", "alerta", "aponta",
                "defende", "estima", "prevê", "considera", "garante", "dizem", "alertaram", "garantiram",
                "destacaram", "anunciaram", "confirmaram", "denunciaram", "revelaram", "apontaram", "defenderam",
                "relataram", "avaliaram", "estimaram", "afirmam", "explicam", "avaliam", "pediu"),
            withAux("tem", "têm", "havia", "tinha", "dito", "afirmado", "informado", "declarado", "alertado")),
        List.of("disse", "afirmou", "informou", "declarou", "explicou", "destacou", "ressaltou", "acrescentou",
            "salientou", "sublinhou", "garantiu", "assegurou", "apontou", "defendeu", "alertou", "observou",
            "comentou", "relatou", "adiantou", "avançou", "frisou", "argumentou", "admitiu", "reconheceu",
            "avaliou", "concluiu", "diz", "afirma", "explica", "avalia", "destaca", "ressalta", "alerta", "aponta",
            "defende", "garante", "conta", "disseram", "afirmaram", "explicaram", "noticiou", "escreveu",
            "escreve"),
        List.of()));
  }

  /** Italian cues ending in "da" with the article fused too: "riportato dal Corriere", "dalla polizia". */
  private static List<String> withFusedDa(List<String> cues) {
    List<String> out = new ArrayList<>(cues);
    for (String cue : cues) {
      if (cue.endsWith(" da")) {
        for (String fused : List.of("dal", "dallo", "dalla", "dall'", "dai", "dagli", "dalle")) {
          out.add(cue.substring(0, cue.length() - 2) + fused);
        }
      }
    }
    return List.copyOf(out);
  }

  private static List<String> withAux(String a, String b, String c, String d, String... participles) {
    String[] out = new String[participles.length * 4];
    int i = 0;
    for (String participle : participles) {
      out[i++] = a + " " + participle;
      out[i++] = b + " " + participle;
      out[i++] = c + " " + participle;
      out[i++] = d + " " + participle;
    }
    return List.of(out);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    String[] out = new String[a.size() + b.size()];
    int i = 0;
    for (String s : a) {
      out[i++] = s;
    }
    for (String s : b) {
      out[i++] = s;
    }
    return List.of(out);
  }

  /** The word classes of one language pack, folded. */
  static final class Words {
    /** Definite articles, dropped at the start of a name unless part of it. */
    final Set<String> articles;
    /** Indefinite articles and quantifiers: "a spokesperson", "plusieurs experts" name no one. */
    final Set<String> indefinites;
    /** Pronouns, possessives and demonstratives: never a source, and "sa porte-parole" names no one. */
    final Set<String> pronouns;
    /** Words that may join the words of a name: "of", "des", "für". */
    final Set<String> connectors;
    /** Words that end a name read forward: prepositions, relative words, time words. */
    final Set<String> stops;
    /** Adverbs allowed between the words of a cue: "a également déclaré". */
    final Set<String> adverbs;
    /** Words that open a clause before a subject: "mais", "and". */
    final Set<String> openers;
    /** Nouns of unnamed people: "porte-parole", "official". Titles too: "président", "minister". */
    final Set<String> roles;
    /** Nouns of documents and figures: "rapport", "data"; the source is whose they are. */
    final Set<String> documents;
    /** Capitalized words that are not names where they stand: "Officials", "Polizei". */
    final Set<String> generic;

    Words(String articles, String indefinites, String pronouns, String connectors, String stops, String adverbs,
        String openers, String roles, String documents, String generic) {
      this.articles = foldWords(articles);
      this.indefinites = foldWords(indefinites);
      this.pronouns = foldWords(pronouns);
      this.connectors = foldWords(connectors);
      this.stops = foldWords(stops);
      this.adverbs = foldWords(adverbs);
      this.openers = foldWords(openers);
      this.roles = foldWords(roles);
      this.documents = foldWords(documents);
      this.generic = foldWords(generic);
    }
  }

  static Words words(Language language) {
    return Objects.requireNonNull(WORDS.get(language), "every pack has words");
  }

  private static final Map<Language, Words> WORDS = new EnumMap<>(Language.class);

  static {
    WORDS.put(Language.FRENCH, new Words(
        "le la les l'",
        "un une des plusieurs certains certaines quelques aucun aucune chaque tout tous toute toutes nombre "
            + "beaucoup divers différents différentes nombreux nombreuses d'autres autres",
        "il elle ils elles on lui eux leur leurs je tu nous vous me moi toi soi celui celle ceux celles ce cet cette "
            + "ces ceci cela ça son sa ses mon ma mes ton ta tes notre nos votre vos qui que quoi lequel laquelle "
            + "lesquels lesquelles dont où chacun chacune personne quelqu'un rien tout-le-monde y en",
        "de des du d' la l' le les et &",
        "à au aux dans en lors sur sous pendant après avant depuis par pour avec sans contre entre vers chez "
            + "ce cet cette ces qui que qu' dont où et ou mais lundi mardi mercredi jeudi vendredi samedi dimanche "
            + "hier aujourd'hui demain mardi soir ainsi alors aussi également encore jusqu'à jusqu' lorsque quand si "
            + "car puis est était sont seront sera a ont avait devant derrière auprès face parmi durant malgré via "
            + "outre lors",
        "également aussi encore notamment ainsi pourtant cependant toutefois néanmoins d'ailleurs ensuite enfin "
            + "déjà récemment hier lundi mardi mercredi jeudi vendredi samedi dimanche par ailleurs de son côté "
            + "en outre pour sa part quant à lui lui-même elle-même même alors aujourd'hui",
        "mais et or donc puis ensuite enfin pourtant cependant toutefois aussi alors ainsi d'ailleurs",
        "porte-parole responsable responsables source sources expert experts analyste analystes témoin témoins "
            + "observateur observateurs spécialiste spécialistes officiel officiels conseiller conseillère "
            + "président présidente ministre vice-ministre premier secrétaire directeur directrice chef cheffe "
            + "maire gouverneur général générale ambassadeur ambassadrice député députée sénateur sénatrice "
            + "commissaire juge procureur procureure avocat avocate patron patronne dirigeant dirigeants "
            + "fondateur fondatrice économiste économistes chercheur chercheuse chercheurs professeur professeure "
            + "correspondant correspondante envoyé envoyée délégué déléguée négociateur haut-commissaire "
            + "chancelier chancelière roi reine pape prince princesse candidat candidate coordinateur "
            + "coordinatrice rapporteur rapporteuse membre membres proche proches entourage collaborateur "
            + "président-directeur pdg vice-président vice-présidente adjoint adjointe habitant habitants "
            + "militant militants syndicaliste élu élus diplomate diplomates diplomatie cadre cadres",
        "rapport rapports étude études données chiffres sondage enquête communiqué note bilan statistiques "
            + "estimations estimation calculs projections prévisions document documents analyse bulletin "
            + "décompte relevé baromètre indicateur publication texte lettre déclaration site compte",
        ""));
    WORDS.put(Language.ENGLISH, new Words(
        "the",
        "a an some several many few various numerous other others another any each every one two three",
        "he she it they we i you him her them us me his its their our my your this that these those who whom "
            + "whose which what someone somebody everyone everybody nobody anyone one both all most each either "
            + "neither none there here",
        "of for the and & on de du la le von van der del di",
        "in on at during after before since with without that which who whom whose when while as if because "
            + "this last next yesterday today tonight to from by is was are were has have had will would can "
            + "could may might should monday tuesday wednesday thursday friday saturday sunday earlier later "
            + "late early told said says adding citing and or but in an",
        "also later earlier previously separately recently again further then now still already once however "
            + "too",
        "but and yet so also however meanwhile still instead then now",
        "spokesperson spokesman spokeswoman spokespeople official officials source sources expert experts analyst "
            + "analysts witness witnesses observer observers aide aides adviser advisers advisor advisors "
            + "president minister secretary chancellor senator governor mayor general ambassador envoy judge "
            + "prosecutor prosecutors attorney lawyer lawyers leader leaders chief director head chairman chairwoman "
            + "chair ceo cfo founder executive executives economist economists researcher researchers professor "
            + "scientist scientists doctor doctors correspondent negotiator representative rep sen gov "
            + "king queen pope prince candidate member members lawmaker lawmakers legislator legislators "
            + "premier commissioner secretary-general vice deputy resident residents activist activists "
            + "investigator investigators employee employees staff official's diplomat diplomats insider insiders "
            + "person people officer officers manager managers strategist strategists partner partners "
            + "co-founder owner owners user users commander commanders",
        "report reports study studies data figures survey poll statement estimates estimate analysis "
            + "calculations projections forecast forecasts document documents filing filings release letter "
            + "tally count records research review index tracker website account post",
        "officials police analysts experts sources authorities investigators prosecutors researchers scientists "
            + "residents witnesses critics doctors observers diplomats lawmakers economists organizers organisers "
            + "activists medics lawyers firefighters rescuers forecasters troops officers supporters opponents "
            + "employees staff workers parents students teachers residents locals neighbors neighbours "
            + "people officers agents historians traders investors insiders others many some several both "
            + "scholars regulators executives managers engineers doctors nurses survivors relatives families "
            + "monday tuesday wednesday thursday friday saturday sunday today yesterday earlier later meanwhile "
            + "still however separately officials' government the company"));
    WORDS.put(Language.SPANISH, new Words(
        "el la los las lo",
        "un una unos unas varios varias algunos algunas muchos muchas diversos diversas otro otra otros otras "
            + "cada ningún ninguna ningun numerosos numerosas",
        "él ella ellos ellas usted ustedes yo tú nosotros nosotras vosotros le les lo se su sus mi mis tu tus "
            + "nuestro nuestra nuestros nuestras este esta estos estas ese esa esos esas aquel aquella esto eso "
            + "que quien quienes cual cuales nadie alguien todos todas ambos ambas",
        "de del la las los y & para e",
        "en durante tras ante con para por sobre sin hasta desde que quien cuando este esta ayer hoy mañana "
            + "lunes martes miércoles jueves viernes sábado domingo a al y o pero como según donde "
            + "es era fue son ha han había",
        "también además luego ya hoy ayer este lunes martes miércoles jueves viernes sábado domingo todavía "
            + "incluso asimismo finalmente recientemente igualmente posteriormente entonces",
        "pero y aunque sin embargo además también así entonces luego",
        "portavoz portavoces responsable responsables fuente fuentes experto expertos experta expertas analista "
            + "analistas testigo testigos observador observadores funcionario funcionarios funcionaria asesor "
            + "asesora presidente presidenta ministro ministra secretario secretaria director directora jefe jefa "
            + "alcalde alcaldesa gobernador gobernadora general embajador embajadora diputado diputada senador "
            + "senadora juez jueza fiscal abogado abogada líder líderes dirigente dirigentes fundador fundadora "
            + "economista economistas investigador investigadora investigadores profesor profesora catedrático "
            + "catedrática corresponsal enviado enviada delegado delegada negociador canciller rey reina papa "
            + "candidato candidata miembro miembros vicepresidente vicepresidenta consejero consejera concejal "
            + "concejala vecino vecinos activista activistas diplomático diplomáticos directivo directivos "
            + "coordinador coordinadora mandatario mandataria titular jefe consejero delegado",
        "informe informes estudio estudios datos cifras encuesta sondeo comunicado nota balance estadísticas "
            + "estimaciones estimación cálculos proyecciones previsiones documento documentos análisis boletín "
            + "recuento registro publicación carta declaración",
        "fuentes gobierno ejecutivo policía ministerio ayuntamiento tribunal juzgado fiscalía congreso senado "
            + "gobiernos"));
    WORDS.put(Language.GERMAN, new Words(
        "der die das den dem des",
        "ein eine einer eines einem einen mehrere einige viele manche jeder jede jedes andere weitere zahlreiche",
        "er sie es wir ihr ich du man ihn ihm ihnen uns euch sein seine seiner seinem seinen ihre ihrer ihrem "
            + "ihren unser unsere dieser diese dieses diesem diesen jener jene wer was welche welcher welches "
            + "jemand niemand alle beide dessen deren dies das",
        "der des für von & de du la le van zur zum",
        "vom am im in auf bei mit dass gestern heute morgen seit vor wegen zu um und oder wie wenn als weil ob "
            + "montag dienstag mittwoch donnerstag freitag samstag sonntag nach zufolge ist war sind hat haben "
            + "hatte wurde werde werden auch zuvor bereits",
        "am montag dienstag mittwoch donnerstag freitag samstag sonntag gestern heute zudem außerdem auch "
            + "bereits zuvor später dazu daher jedoch aber noch",
        "aber und doch jedoch zudem außerdem auch dazu daher so",
        "sprecher sprecherin sprecherinnen experte experten expertin analyst analysten analystin zeuge zeugen "
            + "beobachter quelle quellen insider kreise minister ministerin präsident präsidentin kanzler "
            + "kanzlerin bundeskanzler bundeskanzlerin regierungssprecher regierungssprecherin chef chefin "
            + "vorsitzende vorsitzender bürgermeister bürgermeisterin botschafter botschafterin abgeordnete "
            + "abgeordneter richter richterin staatsanwalt anwalt anwältin ökonom ökonomen ökonomin forscher "
            + "forscherin professor professorin korrespondent vertreter vertreterin leiter leiterin direktor "
            + "direktorin generalsekretär mitglied mitglieder bewohner anwohner mitarbeiter geschäftsführer "
            + "vorstandschef vorstand bundespräsident außenminister innenminister verteidigungsminister "
            + "finanzminister wirtschaftsminister gesundheitsminister ministerpräsident ministerpräsidentin "
            + "landrat oberbürgermeister polizeisprecher polizeisprecherin konzernchef firmenchef "
            + "außenministerin innenministerin verteidigungsministerin wirtschaftsministerin finanzministerin",
        "bericht berichte studie studien daten zahlen umfrage erhebung mitteilung angaben schätzung schätzungen "
            + "berechnungen prognose prognosen statistik analyse dokument dokumente papier schreiben",
        "polizei regierung bundesregierung ministerium behörde behörden staatsanwaltschaft ermittler "
            + "unternehmen konzern firma gericht gerichte zeitung blatt sender agentur nachrichtenagentur "
            + "land stadt gemeinde verband partei opposition gewerkschaft armee militär feuerwehr experten "
            + "fachleute ärzte beobachter kritiker bewohner anwohner augenzeugen zeugen einsatzkräfte retter "
            + "montag dienstag mittwoch donnerstag freitag samstag sonntag gestern heute morgen insgesamt "
            + "damals zuvor später dabei dazu zudem außerdem demnach allerdings jedoch auch so es man "
            + "ministerin minister sprecher sprecherin bundesinnenministerium innenministerium "
            + "außenministerium verteidigungsministerium gesundheitsministerium wirtschaftsministerium "
            + "finanzministerium justizministerium umweltministerium landesregierung stadtverwaltung "
            + "verwaltung rathaus staat staaten kommission eu-kommission umfrage studie bericht bundesländer "
            + "bundesbürger bundesstaaten bundesamt bundesministerium bundesanstalt bundesbehörde bundesbehörden"));
    WORDS.put(Language.ITALIAN, new Words(
        "il lo la i gli le l'",
        "un uno una un' alcuni alcune diversi diverse molti molte vari varie numerosi numerose altri altre "
            + "ogni nessun nessuno nessuna",
        "lui lei loro egli ella esso essa essi esse io tu noi voi gli le si suo sua suoi sue mio mia tuo tua "
            + "nostro nostra vostro vostra questo questa questi queste quello quella quelli quelle ciò che chi "
            + "cui nessuno qualcuno tutti tutte entrambi entrambe",
        "di del dello della dei degli delle dell' d' e & per la il",
        "in nel nella nei negli nelle nell' durante dopo prima che cui quando ieri oggi domani con per su sul "
            + "sulla tra fra a al alla ai agli alle all' e o ma come secondo lunedì martedì mercoledì giovedì "
            + "venerdì sabato domenica è era sono ha hanno aveva da dal dalla davanti presso durante",
        "anche poi inoltre già ancora infine oggi ieri invece comunque peraltro intanto",
        "ma e però tuttavia inoltre anche poi intanto",
        "portavoce responsabile responsabili fonte fonti esperto esperti esperta analista analisti testimone "
            + "testimoni osservatore osservatori funzionario funzionari consigliere consigliera presidente "
            + "ministro ministra segretario segretaria direttore direttrice capo sindaco sindaca governatore "
            + "generale ambasciatore ambasciatrice deputato deputata senatore senatrice giudice procuratore "
            + "avvocato avvocata leader dirigente dirigenti fondatore fondatrice economista economisti "
            + "ricercatore ricercatrice ricercatori professore professoressa docente corrispondente inviato "
            + "inviata delegato delegata negoziatore cancelliere re regina papa candidato candidata membro "
            + "membri vicepresidente premier amministratore amministratrice delegato residente residenti "
            + "attivista attivisti diplomatico diplomatici titolare numero uno presidentessa",
        "rapporto rapporti studio studi dati cifre sondaggio indagine comunicato nota bilancio statistiche "
            + "stime stima calcoli proiezioni previsioni documento documenti analisi bollettino rilevazione "
            + "lettera dichiarazione",
        "fonti governo esecutivo polizia ministero procura tribunale comune questura prefettura carabinieri"));
    WORDS.put(Language.PORTUGUESE, new Words(
        "o a os as",
        "um uma uns umas vários várias alguns algumas muitos muitas diversos diversas outro outra outros outras "
            + "cada nenhum nenhuma numerosos",
        "ele ela eles elas você vocês eu tu nós vós lhe lhes se seu sua seus suas meu minha nosso nossa este "
            + "esta estes estas esse essa esses essas aquele aquela isto isso aquilo que quem qual quais ninguém "
            + "alguém todos todas ambos ambas",
        "de do da dos das e & para",
        "em no na nos nas nesta neste durante após apos antes que quem quando ontem hoje amanhã com para por "
            + "pelo pela sobre entre ao aos e ou mas como segundo segunda-feira terça-feira quarta-feira "
            + "quinta-feira sexta-feira sábado domingo é era são foi tem têm havia perante diante",
        "também ainda já hoje ontem depois ainda assim além disso finalmente recentemente",
        "mas e porém contudo entretanto também além disso ainda assim",
        "porta-voz porta-vozes responsável responsáveis fonte fontes especialista especialistas analista "
            + "analistas testemunha testemunhas observador observadores funcionário funcionários assessor "
            + "assessora presidente presidenta ministro ministra secretário secretária diretor diretora chefe "
            + "prefeito prefeita governador governadora general embaixador embaixadora deputado deputada "
            + "senador senadora juiz juíza procurador procuradora advogado advogada líder líderes dirigente "
            + "dirigentes fundador fundadora economista economistas pesquisador pesquisadora pesquisadores "
            + "professor professora correspondente enviado enviada delegado delegada negociador chanceler rei "
            + "rainha papa candidato candidata membro membros vice-presidente presidente-executivo "
            + "morador moradores ativista ativistas diplomata diplomatas executivo executivos coordenador "
            + "coordenadora primeiro-ministro primeira-ministra autarca investigador investigadora",
        "relatório relatórios estudo estudos dados números pesquisa sondagem levantamento comunicado nota "
            + "balanço estatísticas estimativas estimativa cálculos projeções previsões documento documentos "
            + "análise boletim publicação carta declaração informações",
        "fontes governo executivo polícia ministério tribunal câmara prefeitura"));
  }

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

  static Set<String> foldWords(String words) {
    Set<String> out = new HashSet<>();
    StringTokenizer tokenizer = new StringTokenizer(words, " ");
    while (tokenizer.hasMoreTokens()) {
      out.add(foldWord(tokenizer.nextToken()));
    }
    return Set.copyOf(out);
  }

  static Set<String> foldPhrases(String... phrases) {
    Set<String> out = new HashSet<>();
    for (String phrase : phrases) {
      out.add(foldPhrase(phrase));
    }
    return Set.copyOf(out);
  }

  /** A phrase as its folded words, each followed by one space (elided words end with their apostrophe). */
  static String foldPhrase(String phrase) {
    StringBuilder out = new StringBuilder();
    for (String word : AttributionScanner.wordsOf(phrase)) {
      out.append(word).append(' ');
    }
    return out.toString();
  }

  /** One word folded: upper case, accents dropped, typographic apostrophes as {@code '}. */
  static String foldWord(CharSequence word) {
    char[] out = new char[word.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Typography.foldTermChar(word.charAt(i));
    }
    return new String(out);
  }
}
