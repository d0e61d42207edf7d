import assert from 'node:assert/strict';
import { PersonalDataRegistry } from '../../src/domain/personal-data';
import { withoutPerson } from '../../src/features/privacy/job-data';

const ME = 'a0000000-0000-4000-8000-000000000001';

describe('privacy: finding and removing a person in stored records', () => {
  it('When a record names the person anywhere inside, then every such id and its name field are replaced, and the rest stays', () => {
    const doc = {
      id: 'app:albeda',
      pk: 'round:r1',
      updatedBy: ME,
      updatedByName: 'Alice',
      participants: [
        { id: ME, name: 'Alice', joinedAt: 'x' },
        { id: 'b0000000-0000-4000-8000-000000000002', name: 'Bob', joinedAt: 'y' },
      ],
      questions: [{ askedBy: ME.toUpperCase(), askedByName: 'Alice', question: 'Mag dit?' }],
      reviewerId: ME,
      reviewerName: 'Alice',
      fields: { contactName: 'Alice', vraagstuk: 'tekst' },
    };
    const { value, found } = withoutPerson(doc, ME);
    assert.equal(found, true);
    assert.deepEqual(value, {
      ...doc,
      updatedBy: 'verwijderd',
      updatedByName: '',
      participants: [
        { id: 'verwijderd', name: '', joinedAt: 'x' },
        { id: 'b0000000-0000-4000-8000-000000000002', name: 'Bob', joinedAt: 'y' },
      ],
      questions: [{ askedBy: 'verwijderd', askedByName: '', question: 'Mag dit?' }],
      reviewerId: 'verwijderd',
      reviewerName: '',
    });
    assert.equal(withoutPerson({ id: ME, pk: 'user' }, ME).found, false, 'a document keeps its own id');
    assert.equal(withoutPerson(doc, 'someone-else').found, false);
  });

  it('When one provider fails, then the others still report and erase, and the failure is named', async () => {
    const registry = new PersonalDataRegistry([
      {
        name: 'ok',
        describe: () => Promise.resolve({ title: 'A', lines: [] }),
        erase: () => Promise.resolve(2),
      },
      {
        name: 'down',
        describe: () => Promise.reject(new Error('x')),
        erase: () => Promise.reject(new Error('x')),
      },
    ]);
    assert.deepEqual(await registry.describe(ME, 'nl'), {
      sections: [{ title: 'A', lines: [] }],
      failed: ['down'],
    });
    assert.deepEqual(await registry.erase(ME), { erased: { ok: 2 }, failed: ['down'] });
    assert.throws(() => new PersonalDataRegistry([{ name: 'a' } as never, { name: 'a' } as never]), /twice/);
  });
});
