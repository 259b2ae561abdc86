// «Nella puntata precedente…» — il riassunto della puntata 3, con le parole del saggio.
// Incluso da episodio-3.ink (dove è la puntata stessa) e da episodio-4.ink (dove apre l'episodio).
//   -> recap(true) ->   come riassunto: «Nella puntata precedente…» al 7-eleven, le due frasi, poi orario e titolo
//   -> recap(false) ->  come puntata: orario e titolo, poi le due frasi
// Solo testo dell'autore: niente battute aggiunte qui. Il «[7-eleven]» del saggio è il nome del luogo:
// sta nel tag # scene: 7-eleven, non si legge.

=== recap(nella_puntata_precedente) ===
{nella_puntata_precedente:
    Nella puntata precedente di “Se Internet ha vinto, Facebook è morto e i social media stanno male”: # scene: 7-eleven # note: Il riassunto della puntata 3. Leggetelo con calma: è la premessa di tutto l’episodio.
- else:
    -> orario_puntata_3 ->
}
Facebook e i social media devono essere riconsiderati per quello che sono sempre stati: strumenti.
Bisogna andare oltre e ripensare tutto da zero, attivando nuovamente il pensiero strategico.
{nella_puntata_precedente:
    -> orario_puntata_3 ->
}
->->

= orario_puntata_3
@02:00 p.m. \#internethavinto, i Social per la PMI stanno male e bisogna ripensare tutto da zero # scene: 7-eleven # class: titolo
->->
