# title: Ho bisogno di una pausa…
# episode: 4
# time: tra le 02:00 e le 04:00 p.m.
# summary: Al 7-eleven l’uomo con il cappotto e quello con la valigetta fanno i conti con la rivoluzione dei social che non è arrivata: le stagioni del marketing dagli anni 90, un mercato saturo, un testamento virtuale rimandato e il ritorno alle persone.

// Episodio 4 di «Se Internet ha vinto, Facebook è morto e i social media stanno male».
// Le righe senza prefisso sono la voce dell'autore: solo frasi del saggio (refusi corretti).
// Le battute di cappotto e valigetta che non sono nel saggio sono ponti nostri.
// Mappa dei percorsi: docs/authoring.md, «Map of episode 4».

INCLUDE shared/recap.ink
INCLUDE shared/teaser.ink

VAR ere_viste = 0               // quante stagioni del marketing il lettore ha ripercorso (0–6)
VAR risposta_testamento = ""    // "si" | "no": la risposta del lettore alla domanda sul testamento virtuale
VAR ritorno = ""                // "negozio" | "social": a chi ha chiesto che cosa vuol dire tornare alle persone

-> apertura


// ─── 1. Il riassunto e la scena al 7-eleven ───────────────────────────────────
=== apertura ===
-> recap(true) ->
# section: Al 7-eleven
L’uomo con il cappotto incrocia le braccia. # class: didascalia # clear # enter: cappotto, valigetta # pose: cappotto braccia-incrociate # note: Al 7-eleven. Il cappotto è deluso, la valigetta esita. Lasciate che la sala senta la delusione prima di discuterla.
cappotto: Lo sapevo è finita la festa, lo dicevo io che era tutto finto …
valigetta: Non dica così. # pose: valigetta esitante
Risponde quello con la valigetta. # class: didascalia
valigetta: Anch’io per un momento l’ho pensato. Ho pensato che … # pause: 2
* [Aspettare che finisca la frase] -> aspettare
* [Chiedere all’uomo con il cappotto perché «finto»] -> finto

// La frase resta sospesa su tutte e due le strade: solo «ripartire» la finisce, e solo se il lettore ha aspettato.
= aspettare
cappotto: Che cosa? # pose: cappotto pensoso
valigetta: Aspetti. Non è una frase da finire al volo. # pose: valigetta pensoso # pause: 3
valigetta: Mi serve un momento.
-> titolo_episodio

= finto
cappotto: Finto, sì. Ci avevano detto che avrebbe contato il merito, non il budget. # pose: cappotto deluso
valigetta: Ecco. Appunto. # pose: valigetta pensoso # pause: 2
cappotto: Appunto che cosa?
valigetta: Niente. Mi serve un momento.
-> titolo_episodio

= titolo_episodio
Episodio 4: ho bisogno di una pausa… # clear # class: titolo # pause: 2 # note: Il titolo dell’episodio. Una pausa, non una fine: fermatevi qualche secondo.
-> rivoluzione


// ─── 2. La rivoluzione che non è arrivata ─────────────────────────────────────
// Due strade nello stesso paragrafo: prima la speranza e poi i piccoli, o il contrario.
=== rivoluzione ===
# section: La rivoluzione
Non è certo questa la Social Media Revolution che tanti avevano immaginato. # note: Primo nodo: la rivoluzione promessa e i budget tornati a contare. La sala sceglie da dove guardarla.
* [Chiedere a quello con la valigetta che cosa si era immaginato]
    valigetta: Un posto dove, per farsi sentire, non servisse il budget di una multinazionale. # pose: valigetta pensoso
    -> speranza ->
    -> piccoli ->
    -> conto
* [Chiedere all’uomo con il cappotto chi ci ha rimesso]
    cappotto: I piccoli. Come sempre. # pose: cappotto braccia-incrociate
    -> piccoli ->
    valigetta: Eppure ci avevamo sperato. # pose: valigetta esitante
    -> speranza ->
    -> conto

= speranza
Si sperava di non dover di nuovo fare i conti con la disuguaglianza dei budget e la diversità delle opportunità.
->->

= piccoli
C’era il sogno di un luogo più democratico!
I piccoli credevano di avere spazio per il loro merito e invece si trovano né più né meno a dover affrontare le stesse difficoltà di quando dovevano comunicare con la stampa e i mass media tradizionali.
{apertura.finto:
    cappotto: Il merito, appunto. L’avevo detto.
}
È tornata ad essere dura per loro…
->->

= conto
cappotto: Stampa, televisione, adesso i social: cambia il posto, non il conto. # prompt: Sui social vi siete ritrovati a competere con chi ha più budget di voi? Dove ve ne siete accorti?
-> ere


// ─── 3. Le stagioni del marketing (hub) ───────────────────────────────────────
// Ogni stagione una volta sola, nell'ordine che il lettore sceglie; si può uscire quando si vuole.
// Quando le ha viste tutte e sei, si passa da sé a oggi.
=== ere ===
# section: Le stagioni del marketing
valigetta: Noi due, però, di stagioni del marketing ne abbiamo viste parecchie. # clear # pose: valigetta pensoso # note: Le stagioni del marketing: ogni scelta ne apre una, una volta sola, nell’ordine che preferite. Si può passare a oggi in ogni momento.
cappotto: E ogni volta era quella buona. # pose: cappotto braccia-incrociate # prompt: Quale di queste stagioni del marketing avete vissuto con la vostra azienda? Che cosa vi ha lasciato?
-> scelta

= scelta
* [Ripercorrere gli anni 90] -> operativo
* [La nascita e la morte delle dot.com] -> dotcom
* [Il marketing relazionale e le prime community] -> relazionale
* [Relazionale ed esperienziale: le mutazioni] -> esperienziale
* [Guerriglia e unconventional] -> guerriglia
* [Ascolto, dialogo, co-creazione] -> ascolto
+ {ere_viste == 0} [Saltare la storia: venire a oggi] -> oggi
+ {ere_viste > 0 && ere_viste < 6} [Basta ricordi: venire a oggi] -> oggi
* -> oggi

= operativo
Dopo aver vissuto l’era del marketing operativo e delle raccolte punti degli anni 90.
cappotto: Le raccolte punti. Bollini, tessere, premi: quelle almeno le capivo. # pose: cappotto pensoso
valigetta: E si potevano contare.
-> vista

= dotcom
La nascita e la morte delle dot.com.
valigetta: C’ero, alla nascita. E anche al funerale. # pose: valigetta pensoso
cappotto: Anche quella volta, finita la festa. # pose: cappotto braccia-incrociate
-> vista

= relazionale
Il marketing relazionale e le prime forme di community building (embrioni dei social network di oggi).
{esperienziale:
    valigetta: Ecco da dove venivano, quelle mutazioni. # pose: valigetta convinto
- else:
    valigetta: Lì abbiamo cominciato a parlare di relazioni, non solo di vendite. # pose: valigetta convinto
}
-> vista

= esperienziale
Le trasformazioni e mutazioni del marketing relazionale e di quello esperienziale.
cappotto: Relazionale, esperienziale… ogni stagione un aggettivo nuovo. # pose: cappotto braccia-incrociate
{not relazionale:
    valigetta: Il relazionale però era nato prima, con le prime community.
}
-> vista

= guerriglia
L’esplosione del guerriglia e dell’unconventional.
cappotto: Una rivoluzione al mese, anche allora.
valigetta: Almeno lì contavano le idee più del budget. # pose: valigetta aperto
-> vista

= ascolto
L’ossessivo e fondato richiamo all’ascolto, al dialogo, al prosumer, alla co-creazione come naturali evoluzioni della customer centricity; della reputazione.
Il richiamo alla transmedialità come approccio alla conversazione.
valigetta: Ascoltare, dialogare: su questo non ho cambiato idea. # pose: valigetta convinto
cappotto: Fondato, sì. Ma ossessivo.
-> vista

= vista
~ ere_viste++
-> scelta


// ─── 4. Oggi: un mercato saturo ───────────────────────────────────────────────
=== oggi ===
{
- ere_viste == 0:
    cappotto: Niente ricordi, allora. Meglio così. # pose: cappotto braccia-incrociate
- ere_viste == 6:
    valigetta: Tutte. Le abbiamo attraversate tutte, e siamo ancora qui. # pose: valigetta pensoso
- else:
    valigetta: E sono solo alcune delle stagioni che abbiamo attraversato. # pose: valigetta pensoso
}
// Una frase del saggio in due battute, divisa alla sua virgola (parole e ordine invariati).
# section: Oggi, un mercato saturo
Oggi mi sento di affermare che i sintomi sono quelli di un mercato saturo e fuori strada, # note: La diagnosi dell’autore: un mercato saturo e fuori strada.
curvo su se stesso dal peso delle aspettative, delle scelte sbagliate e delle persone che son salite sopra al carro.
{ere.dotcom:
    cappotto: Come con le dot.com: tutti sul carro, poi tutti giù.
}
* [Chiedere all’uomo con il cappotto se anche lui è salito sul carro] -> carro
* [Chiedere a quello con la valigetta che cosa si fa adesso] -> adesso

= carro
cappotto: Io? Ci sono salito eccome. Pensavo fosse una festa. # pose: cappotto deluso
valigetta: Ci siamo saliti in tanti. Anch’io. # pose: valigetta esitante
-> testamento

= adesso
valigetta: Ci si ferma. Si guarda la strada fatta, prima di ripartire. # pose: valigetta pensoso
cappotto: O prima di scendere. # pose: cappotto braccia-incrociate
-> testamento


// ─── 5. Il testamento virtuale ────────────────────────────────────────────────
// La domanda è dell'autore; il lettore risponde, poi sente la risposta dell'autore.
=== testamento ===
# section: Il testamento virtuale
Dopo 8 anni di blogging, che sia arrivato il momento di lasciare il proprio testamento virtuale? # clear # note: La domanda è dell’autore. Fate rispondere la sala prima di scegliere, poi ascoltate la sua risposta. # prompt: Avete mai pensato di chiudere la pagina, il sito o il blog della vostra azienda? Che cosa vi ha trattenuto?
* [Sì: forse è il momento]
    ~ risposta_testamento = "si"
    cappotto: Otto anni sono tanti. Io avrei già chiuso. # pose: cappotto aperto
    Non lo nego, personalmente la tentazione c’è.
    cappotto: E allora?
    Ma per ora direi di no.
* [No: non ancora]
    ~ risposta_testamento = "no"
    valigetta: Proprio adesso che c’è da ripensare tutto? # pose: valigetta convinto
    Non lo nego, personalmente la tentazione c’è. Ma per ora direi di no.
- -> perche_no


// ─── 6. Perché no: Facebook e la mentalità (in quale ordine, lo sceglie il lettore) ──
=== perche_no ===
{risposta_testamento == "si":
    cappotto: E perché no? # pose: cappotto pensoso
- else:
    valigetta: E allora, da dove si continua? # pose: valigetta pensoso
}
- (scelta)
* [Facebook è morto?]
    -> facebook ->
    -> scelta
* [E il modo di fare business?]
    -> mentalita ->
    -> scelta
// Sentito un motivo, si può sentire l'altro o andare avanti; sentiti tutti e due, si va avanti da sé.
+ {facebook + mentalita == 1} [Un motivo basta: andare avanti] -> persone
* -> persone

= facebook
Facebook è morto per le aziende, ma per le persone è ancora un luogo di ricreazione. # prompt: Se domani la vostra azienda lasciasse Facebook, che cosa perdereste davvero? E i vostri clienti, dove vi troverebbero?
cappotto: Morto per le aziende. Quindi anche per la mia. # pose: cappotto deluso
valigetta: Ma i suoi clienti lì ci vanno ancora, a fare ricreazione.
->->

= mentalita
Dal punto di vista dell’approccio al business (ma anche un po’ da quello personale) credo che la mia mentalità sarà destinata ad evolversi ulteriormente.
{risposta_testamento == "si":
    cappotto: Quindi niente testamento. Evolversi, non chiudere. # pose: cappotto pensoso
- else:
    valigetta: Evolversi, non chiudere. # pose: valigetta convinto
}
->->


// ─── 7. Tornare alle persone ──────────────────────────────────────────────────
=== persone ===
# section: Tornare alle persone
Come diceva Samuel Mazzolin, abbiamo bisogno di tornare alle persone, all’offline fisico e vero fatto di relazioni umane, concrete e di condivisione di valori reali. # clear # note: Il cuore dell’episodio. Se c’è una discussione da allungare, è questa. # prompt: Che cosa vuol dire «tornare alle persone» per il vostro negozio o la vostra bottega, domani mattina?
* [Chiedere all’uomo con il cappotto che cosa farebbe nel suo negozio]
    ~ ritorno = "negozio"
    cappotto: Tornerei dietro al bancone. Lì le persone le guardo in faccia. # pose: cappotto aperto
* [Chiedere a quello con la valigetta che cosa ne fa dei social]
    ~ ritorno = "social"
    valigetta: Non li butto via. Li rimetto al loro posto. # pose: valigetta convinto
- Non basta dire sono originale, sono interessante, devo veramente ESSERLO!
Torniamo al gioco e integriamo senza troppo accanimento la nostra vita con i social media.
Un’estensione della nostra identità e delle nostre relazioni e non “LA nostra identità e LE nostre relazioni”.
Un luogo dove continuare a parlare… una realtà aumentata e non inventata!
-> incubatore


// ─── 8. L'incubatore ──────────────────────────────────────────────────────────
=== incubatore ===
# section: L’incubatore
Torniamo a noi stessi. # note: L’autore chiude sul progetto: un incubatore per aziende che esistono già.
Alla strategia delle nostre aziende e all’innovazione dei nostri business model evitando di partire come troppo spesso accade quando si parla di start up, solo ed esclusivamente dalla tecnologia.
cappotto: Di tecnologia, la mia azienda ne ha poca. Di cose da dire, parecchie. # pose: cappotto pensoso
// Una frase del saggio in due battute, divisa alla sua virgola (parole e ordine invariati).
L’incubatore che sogno è quello che ha “gli attributi” per prendere e aggiustare aziende già esistenti che hanno ancora molto da dire ma non riescono a farlo per dimensione, # prompt: Un incubatore per aziende che esistono già: che cosa dovrebbe aggiustare per prima cosa nella vostra?
risorse economiche e perché non sono abbastanza tecnologiche da attirare finti Venture Capital e/o Business Angels dal capitale facile solo in cambio di visibilità e/o lobby.
valigetta: Prendere e aggiustare. Un posto per aziende come la sua. # pose: valigetta aperto
-> finale


// ─── 9. Due chiusure, poi l'anteprima della puntata 5 ─────────────────────────
=== finale ===
# section: Il finale
cappotto: E adesso? # pose: cappotto neutro # note: Ultima scelta: una pausa o una ripartenza. Tutte e due portano all’anteprima della puntata 5.
* [Prendersi una pausa] -> pausa
* [Ripartire dalle persone] -> ripartire

= pausa
cappotto: Io una pausa me la prendo. # pose: cappotto pensoso
{risposta_testamento == "si":
    cappotto: Prima dicevo di chiudere. Non chiudo: mi fermo un momento.
}
{oggi.carro:
    cappotto: Intanto scendo dal carro.
}
{ritorno == "negozio":
    cappotto: Torno al bancone. Ai social ci penso dopo.
}
// Un `exit` sulla battuta di chi esce vale dopo la battuta: la dice in scena, poi se ne va.
// Il cappotto esce dopo «Alle quattro.»; la valigetta resta sola per l'ultima battuta, poi esce anche lei.
valigetta: Ci vediamo alle quattro, allora.
cappotto: Alle quattro. # exit: cappotto
valigetta: Una pausa. Ne ho bisogno anch’io. # pose: valigetta pensoso # exit: valigetta # ending: pausa: Una pausa fino alle quattro
-> chiusura

= ripartire
{apertura.aspettare:
    valigetta: La frase di prima, adesso la finisco: ho pensato che fosse tutto finto. Non lo era. Era fuori strada. # pose: valigetta convinto
- else:
    valigetta: Non era tutto finto. Era fuori strada, e sulla strada si può tornare. # pose: valigetta convinto
}
{ritorno == "negozio":
    cappotto: Dal bancone, allora.
- else:
    cappotto: Con i social al loro posto, allora.
}
// Tutti e due in scena fino all'ultima battuta, poi escono insieme (l'`exit` è sulla battuta di chi parla).
cappotto: La festa è finita. Il lavoro no: si riparte dalle persone. # pose: cappotto aperto # exit: cappotto, valigetta # ending: ripartire: Si riparte dalle persone
-> chiusura

=== chiusura ===
-> teaser(true) ->
-> END
