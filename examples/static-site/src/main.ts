import { isoDate } from '@ddscp/domain';

const today = document.getElementById('today');
if (today) today.textContent = `Today is ${isoDate(new Date().toISOString().slice(0, 10))}`;
