package io.github.articlekit.parser.internal;

import static io.github.articlekit.parser.internal.WordFold.foldWords;

import io.github.articlekit.parser.Language;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The word classes of one language pack, folded by {@link WordFold}, that decide whether the words next
 * to a cue name someone: articles, pronouns, connectors, stop words, titles and roles, documents, generic
 * nouns; and the unions across every pack of those a cue of one pack must not take for a name.
 */
final class WordClasses {
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

  WordClasses(String articles, String indefinites, String pronouns, String connectors, String stops, String adverbs,
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

  /** The word classes of a language pack. */
  static WordClasses of(Language language) {
    return Objects.requireNonNull(BY_LANGUAGE.get(language), "every pack has words");
  }

  private static final Map<Language, WordClasses> BY_LANGUAGE = new EnumMap<>(Language.class);

  static {
    BY_LANGUAGE.put(Language.FRENCH, new WordClasses(
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
    BY_LANGUAGE.put(Language.ENGLISH, new WordClasses(
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
    BY_LANGUAGE.put(Language.SPANISH, new WordClasses(
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
    BY_LANGUAGE.put(Language.GERMAN, new WordClasses(
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
    BY_LANGUAGE.put(Language.ITALIAN, new WordClasses(
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
    BY_LANGUAGE.put(Language.PORTUGUESE, new WordClasses(
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

  // The unions read the packs' words, so they stand after the block that fills them.

  /** Every pack's pronouns: a cue of one pack must not take another pack's pronoun ("Ele disse") for a name. */
  static final Set<String> ALL_PRONOUNS = union(words -> words.pronouns);

  /** Every pack's articles: a cue shared by two packs ("prevé", "estima") must not take "La" for a name. */
  static final Set<String> ALL_ARTICLES = union(words -> words.articles);

  /** Every pack's adverbs, which may stand between a cue's first and second words. */
  static final Set<String> ALL_ADVERBS = union(words -> words.adverbs);

  private static Set<String> union(Function<WordClasses, Set<String>> wordClass) {
    Set<String> all = new HashSet<>();
    for (Language language : Language.values()) {
      all.addAll(wordClass.apply(of(language)));
    }
    return Set.copyOf(all);
  }
}
