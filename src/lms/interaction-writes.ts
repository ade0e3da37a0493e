// The writes for one interaction, in the order strict LMSs demand: id and type before anything
// else (SCORM 2004 rejects the rest otherwise), then the details.

import { sanitiseIdentifier } from './cmi-values.ts';
import type { InteractionVocabulary, Write } from './profile.ts';
import type { InteractionRecord, InteractionType } from './types.ts';

const TEXT_TYPES: ReadonlySet<InteractionType> = new Set(['fill-in', 'long-fill-in', 'other']);

function isText(type: InteractionType): boolean {
  return TEXT_TYPES.has(type);
}

/** Each accepted text answer is its own pattern; structured answers make one pattern. */
function correctPatterns(interaction: InteractionRecord, words: InteractionVocabulary): string[] {
  const { type, correct } = interaction;
  if (isText(type)) return correct.map((text) => words.textPattern(type, text)).filter((p) => p !== '');
  return correct.length > 0 ? [words.encode[type](correct)] : [];
}

function learnerResponse(interaction: InteractionRecord, words: InteractionVocabulary): string {
  const { type, response } = interaction;
  if (isText(type)) return words.textResponse(type, response.join(' '));
  return response.length > 0 ? words.encode[type](response) : '';
}

export function interactionWrites(
  index: number,
  interaction: InteractionRecord,
  words: InteractionVocabulary,
): Write[] {
  const at = (field: string): string => words.element(index, field);
  const identifier = (id: string): string => sanitiseIdentifier(id, words.identifierLimit);
  const writes: Write[] = [
    [at('id'), identifier(interaction.id)],
    [at('type'), words.typeNames[interaction.type]],
    ...(words.linksObjectives === false ? [] : interaction.objectives.map((id, n): Write => [at(`objectives.${n}.id`), identifier(id)])),
    [at(words.timeField), words.formatTime(interaction.timestamp)],
    ...correctPatterns(interaction, words).map((p, n): Write => [at(`correct_responses.${n}.pattern`), p]),
    [at(words.responseField), learnerResponse(interaction, words)],
    [at('result'), words.resultNames[interaction.result]],
    [at('latency'), words.formatLatency(interaction.latencySeconds)],
  ];
  if (words.describe) writes.push([at('description'), words.describe(interaction.description)]);
  return writes.filter(([, value]) => value !== '');
}
