// «Nella prossima puntata…» — l'anteprima della puntata 5, con le parole del saggio.
// Incluso da episodio-4.ink (dove chiude l'episodio) e da episodio-5.ink (dove è la puntata stessa).
//   -> teaser(true) ->   come anteprima: «Nella prossima puntata…» al 7-eleven, le frasi, poi orario e titolo
//   -> teaser(false) ->  come puntata: orario e titolo, poi le frasi
// Solo testo dell'autore: niente battute aggiunte qui. Il «[7-eleven]» del saggio è il nome del luogo:
// sta nel tag # scene: 7-eleven, non si legge.

=== teaser(nella_prossima_puntata) ===
{nella_prossima_puntata:
    Nella prossima puntata di “Se Internet ha vinto, Facebook è morto e i social media stanno male”: # clear # scene: 7-eleven # note: L’anteprima della puntata 5. Chiudete qui, o lasciatela come domanda per la prossima sessione.
- else:
    -> orario_puntata_5 ->
}
Le aziende devono imparare dai loro errori. Premiare l’economia della reputazione.
Facebook non è obbligatorio. E quindi? Si ricomincia da capo.
Con obiettivi di business concreti e le persone al centro.
{nella_prossima_puntata:
    -> orario_puntata_5 ->
}
->->

= orario_puntata_5
@04:00 p.m. Se \#internethavinto, le persone devono tornare al centro # scene: 7-eleven # class: titolo
->->
