package io.github.articlekit.parser.internal;

import io.github.articlekit.parser.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The default cues of each language pack, as a user writes them: leading cues ("selon", "according to"),
 * verbs after and before the name ("a déclaré", "said") and postpositions ("zufolge"); {@link CueIndex}
 * folds them. The words that decide whether the words next to a cue name someone are in {@link WordClasses}
 * and {@link ProperNames}.
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
}
