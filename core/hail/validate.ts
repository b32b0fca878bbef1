// Session validation (hail-and-store.md section 5): every error, in the specified order; time order
// is only a warning (amendments A7).

import { HailEvent, Session } from './types';

function eventError(e: HailEvent): string | undefined {
  if (e.event_id.length === 0) return 'missing required field: event_id';
  const et = e.event_type;
  switch (et.type) {
    case 'ToolCall':
    case 'ToolResult':
      if (et.data.name.length === 0) return 'missing required field: event_type.name';
      break;
    case 'FileEdit':
    case 'FileCreate':
    case 'FileDelete':
    case 'FileRead':
      if (et.data.path.length === 0) return 'missing required field: event_type.path';
      break;
    case 'ShellCommand':
      if (et.data.command.length === 0) return 'missing required field: event_type.command';
      break;
    default:
      break;
  }
  return undefined;
}

/** All validation errors of a session (empty = valid). */
export function validateSession(session: Session): string[] {
  const errors: string[] = [];
  if (!session.version.startsWith('hail-')) {
    errors.push(`invalid version: ${session.version}, expected prefix 'hail-'`);
  }
  if (session.session_id.length === 0) errors.push('missing required field: session_id');
  if (session.agent.provider.length === 0) errors.push('missing required field: agent.provider');
  if (session.agent.tool.length === 0) errors.push('missing required field: agent.tool');
  const events = session.events;
  if (events.length === 0) errors.push('empty session: no events');
  for (let i = 0; i < events.length; i++) {
    const inner = eventError(events[i]);
    if (inner !== undefined) errors.push(`invalid event at index ${i}: ${inner}`);
  }
  const seen = new Set<string>();
  for (const e of events) {
    if (seen.has(e.event_id)) errors.push(`duplicate event_id: ${e.event_id}`);
    else seen.add(e.event_id);
  }
  return errors;
}

/** The warning for an event earlier than the one before it. */
export function orderWarning(index: number): string {
  return `event at index ${index} is earlier than the event before it`;
}

/**
 * Validation warnings (A7, amending section 5 rule 6): real logs are in causal (file) order, not time
 * order, so an event earlier than its predecessor is reported here and never as an error.
 */
export function validationWarnings(session: Session): string[] {
  const warnings: string[] = [];
  const events = session.events;
  for (let i = 1; i < events.length; i++) {
    if (events[i].timestamp < events[i - 1].timestamp) warnings.push(orderWarning(i));
  }
  return warnings;
}
