/**
 * Agenda elements that fit a group's phase (guidance when preparing a meeting): a kennismaking
 * or check-in while a group orients itself, explicit norms and roles in the control phase,
 * evaluation and borging at the close. Written for Werkbank; the facilitator picks, never must.
 */
import type { GroupPhase } from '../model'
import type { IpgLanguage } from './ipg-labels'

/** The same kinds as an agenda item of a meeting (issue 4). */
export type SuggestionKind = 'inform' | 'discuss' | 'decide' | 'reflect' | 'workForm'

export interface AgendaSuggestion {
  id: string
  title: string
  kind: SuggestionKind
  durationMinutes: number
  /** Why it fits this phase; goes into the agenda item's preparation text. */
  why: string
}

type Spec = [id: string, kind: SuggestionKind, minutes: number, nl: [string, string], en: [string, string]]

const SPECS: Record<GroupPhase, Spec[]> = {
  pre: [
    ['pre-info', 'inform', 30, ['Informatie: doel, werkwijze en tijdsinvestering', 'Mensen beslissen nog of ze meedoen; maak helder wat het vraagt en oplevert.'], ['Information: purpose, way of working and time needed', 'People are still deciding whether to join; make clear what it asks and gives.']],
    ['pre-expect', 'discuss', 20, ['Verwachtingen ophalen', 'Wat wil ieder halen en brengen? Zo sluit het programma aan.'], ['Collecting expectations', 'What does each person want to get and give? So the programme fits.']],
  ],
  orientation: [
    ['or-meet', 'workForm', 20, ['Kennismaking in tweetallen', 'Iedereen komt aan het woord en leert minstens één ander kennen.'], ['Getting acquainted in pairs', 'Everyone speaks and gets to know at least one other person.']],
    ['or-checkin', 'workForm', 10, ['Check-in: waar kom je vandaan, wat neem je mee?', 'Een vaste opening geeft houvast en laat zien dat ieders inbreng telt.'], ['Check-in: where do you come from, what do you bring?', 'A fixed opening gives something to hold on to and shows that everyone counts.']],
    ['or-agree', 'decide', 20, ['Doel en werkafspraken voorstellen', 'De groep zoekt duidelijkheid: stel een doel en werkafspraken voor en vraag om reacties.'], ['Proposing purpose and ground rules', 'The group looks for clarity: propose a purpose and ground rules and ask for reactions.']],
  ],
  control: [
    ['co-norms', 'decide', 20, ['Werkafspraken en normen expliciet maken', 'Wat onuitgesproken schuurt, wordt bespreekbaar als de regels op tafel liggen.'], ['Making agreements and norms explicit', 'What chafes unspoken becomes discussable when the rules are on the table.']],
    ['co-roles', 'decide', 15, ['Rollen verdelen: voorzitter, notulist, tijdbewaker', 'Duidelijke rollen geven ieder een plek en dempen strijd om invloed.'], ['Dividing roles: chair, minutes, timekeeper', 'Clear roles give everyone a place and calm the struggle for influence.']],
    ['co-round', 'reflect', 15, ['Procesronde: wat gaat goed, wat schuurt?', 'Spanning benoemen voorkomt dat mensen afhaken.'], ['Process round: what goes well, what chafes?', 'Naming tension keeps people from dropping out.']],
  ],
  autonomy: [
    ['au-progress', 'inform', 20, ['Voortgang van de werkgroepen door de kartrekkers', 'De groep draagt het werk; laat de kartrekkers het verhaal vertellen.'], ['Progress of the work groups by their leads', 'The group carries the work; let the leads tell the story.']],
    ['au-guest', 'inform', 30, ['Gastspreker of verdieping', 'Een zelfstandige groep is toe aan nieuwe kennis en een andere blik.'], ['Guest speaker or deepening', 'An autonomous group is ready for new knowledge and another view.']],
    ['au-feedback', 'reflect', 15, ['Feedbackronde op de samenwerking', 'Houd de reflectie levend, juist als het goed loopt.'], ['Feedback round on the collaboration', 'Keep reflection alive, especially when things go well.']],
  ],
  closing: [
    ['cl-eval', 'reflect', 30, ['Evaluatie: wat heeft het opgeleverd?', 'Iedereen deelt ervaringen: leerrendement, structuur en groepsdynamiek.'], ['Evaluation: what did it bring?', 'Everyone shares experiences: learning yield, structure and group dynamics.']],
    ['cl-borging', 'decide', 20, ['Borging: wie neemt wat over?', 'Leg vast hoe resultaten en samenwerking blijven bestaan na het einde.'], ['Continuity: who takes over what?', 'Record how results and collaboration will last after the end.']],
    ['cl-farewell', 'workForm', 15, ['Afsluiting en bedankje', 'Een bewust afscheid rondt het groepsproces af.'], ['Closing and thanks', 'A deliberate farewell completes the group process.']],
  ],
}

export function agendaSuggestions(phase: GroupPhase, language: IpgLanguage = 'nl'): AgendaSuggestion[] {
  return SPECS[phase].map(([id, kind, durationMinutes, nl, en]) => {
    const [title, why] = language === 'en' ? en : nl
    return { id, title, kind, durationMinutes, why }
  })
}
