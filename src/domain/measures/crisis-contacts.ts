/** Crisis contacts configured by the clinician, shown with every flag and on the safety plan. */
import { problem } from '../problems';
import type { Problem } from '../problems';

export interface CrisisContactInput {
  name: string;
  phone: string;
  note?: string;
}

const PHONE = /^\+?[0-9 ()\-.]+$/;

/** Problems with a crisis contact: a name, and a phone number of digits (spaces, +, - allowed). */
export function checkCrisisContact(contact: CrisisContactInput): Problem[] {
  const found: Problem[] = [];
  if (contact.name.trim() === '') {
    found.push(problem('contact-name', 'Enter the name of the service or person.', 'name'));
  }
  const phone = contact.phone.trim();
  if (phone === '') {
    found.push(problem('contact-phone-missing', 'Enter a phone number.', 'phone'));
  } else if (!PHONE.test(phone) || phone.replace(/\D/g, '').length < 3) {
    found.push(
      problem(
        'contact-phone-invalid',
        'A phone number uses digits (at least 3), spaces, +, - or brackets.',
        'phone',
      ),
    );
  }
  return found;
}
