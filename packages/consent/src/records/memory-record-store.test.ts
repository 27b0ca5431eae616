import { describeRecordStore } from '../../test/record-store-contract';
import { createMemoryRecordStore } from './memory-record-store';

describeRecordStore('createMemoryRecordStore', async () => createMemoryRecordStore(), {
  propertyRuns: 300,
});
