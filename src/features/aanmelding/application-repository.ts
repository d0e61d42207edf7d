import type { Container } from '@azure/cosmos';
import type {
  Application,
  ApplicationRepository,
  Selection,
  SelectionRepository,
} from '../../domain/application';
import type { Review, ReviewRepository } from '../../domain/review';
import { DocumentStore, withoutMeta, type StoredMeta } from '../../storage/document-store';

/**
 * Everything of one round lives in one partition ("round:<id>"), so "the application of school S in
 * round R" is a point read, and "one application per school per round" is the id being unique.
 */
const partitionOf = (roundId: string) => `round:${roundId}`;
const applicationId = (schoolId: string) => `app:${schoolId}`;
const reviewId = (schoolId: string, reviewerId: string) => `review:${schoolId}:${reviewerId.toLowerCase()}`;

type ApplicationDoc = Omit<Application, 'etag'> & {
  id: string;
  pk: string;
  type: 'application';
  /** Flat copy of participants[].id for ARRAY_CONTAINS. */
  participantIds: string[];
};
type ReviewDoc = Review & { id: string; pk: string; type: 'review' };
type SelectionDoc = Omit<Selection, 'etag'> & { id: 'selection'; pk: string; type: 'selection' };

function toApplication(doc: ApplicationDoc & StoredMeta): Application {
  const { id: _id, pk: _pk, type: _type, participantIds: _p, ...rest } = withoutMeta(doc);
  return { ...rest, etag: doc._etag };
}

function toDoc(app: Application): ApplicationDoc {
  const { etag: _etag, ...rest } = app;
  return {
    ...rest,
    id: applicationId(app.schoolId),
    pk: partitionOf(app.roundId),
    type: 'application',
    participantIds: app.participants.map((p) => p.id),
  };
}

export class CosmosApplicationRepository implements ApplicationRepository {
  private readonly docs: DocumentStore<ApplicationDoc>;
  constructor(container: Container) {
    this.docs = new DocumentStore<ApplicationDoc>(container);
  }

  async get(roundId: string, schoolId: string): Promise<Application | undefined> {
    const doc = await this.docs.read(applicationId(schoolId), partitionOf(roundId));
    return doc ? toApplication(doc) : undefined;
  }

  async create(app: Application): Promise<Application> {
    return toApplication(await this.docs.create(toDoc(app)));
  }

  async replace(app: Application): Promise<Application> {
    if (!app.etag) throw new Error('replace needs the etag of the version that was read');
    return toApplication(await this.docs.replace(toDoc(app), app.etag, partitionOf(app.roundId)));
  }

  async delete(app: Application): Promise<void> {
    if (!app.etag) throw new Error('delete needs the etag of the version that was read');
    await this.docs.delete(applicationId(app.schoolId), partitionOf(app.roundId), app.etag);
  }

  async listByRound(roundId: string): Promise<Application[]> {
    const docs = await this.docs.listOfType(partitionOf(roundId), 'application');
    return docs.map(toApplication);
  }

  /** Across rounds; the container stays small (applications, reviews, rounds), so this stays cheap. */
  async listByParticipant(aadObjectId: string): Promise<Application[]> {
    const docs = await this.docs.query({
      query: 'SELECT * FROM c WHERE c.type = @type AND ARRAY_CONTAINS(c.participantIds, @id)',
      parameters: [
        { name: '@type', value: 'application' },
        { name: '@id', value: aadObjectId.toLowerCase() },
      ],
    });
    return docs.map(toApplication).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }
}

export class CosmosReviewRepository implements ReviewRepository {
  private readonly docs: DocumentStore<ReviewDoc>;
  constructor(container: Container) {
    this.docs = new DocumentStore<ReviewDoc>(container);
  }

  private static toReview(doc: ReviewDoc & StoredMeta): Review {
    const { id: _id, pk: _pk, type: _type, ...rest } = withoutMeta(doc);
    return rest;
  }

  async get(roundId: string, schoolId: string, reviewerId: string): Promise<Review | undefined> {
    const doc = await this.docs.read(reviewId(schoolId, reviewerId), partitionOf(roundId));
    return doc ? CosmosReviewRepository.toReview(doc) : undefined;
  }

  async put(review: Review): Promise<Review> {
    const doc: ReviewDoc = {
      ...review,
      reviewerId: review.reviewerId.toLowerCase(),
      id: reviewId(review.schoolId, review.reviewerId),
      pk: partitionOf(review.roundId),
      type: 'review',
    };
    return CosmosReviewRepository.toReview(await this.docs.upsert(doc));
  }

  async listByApplication(roundId: string, schoolId: string): Promise<Review[]> {
    const docs = await this.docs.query(
      {
        query: 'SELECT * FROM c WHERE c.pk = @pk AND c.type = @type AND c.schoolId = @school',
        parameters: [
          { name: '@pk', value: partitionOf(roundId) },
          { name: '@type', value: 'review' },
          { name: '@school', value: schoolId },
        ],
      },
      partitionOf(roundId),
    );
    return docs.map((d) => CosmosReviewRepository.toReview(d));
  }

  async listByRound(roundId: string): Promise<Review[]> {
    const docs = await this.docs.listOfType(partitionOf(roundId), 'review');
    return docs.map((d) => CosmosReviewRepository.toReview(d));
  }
}

export class CosmosSelectionRepository implements SelectionRepository {
  private readonly docs: DocumentStore<SelectionDoc>;
  constructor(container: Container) {
    this.docs = new DocumentStore<SelectionDoc>(container);
  }

  async get(roundId: string): Promise<Selection | undefined> {
    const doc = await this.docs.read('selection', partitionOf(roundId));
    if (!doc) return undefined;
    return { roundId: doc.roundId, selected: doc.selected, etag: doc._etag };
  }

  async save(selection: Selection): Promise<Selection> {
    const doc: SelectionDoc = {
      id: 'selection',
      pk: partitionOf(selection.roundId),
      type: 'selection',
      roundId: selection.roundId,
      selected: selection.selected,
    };
    const saved = selection.etag
      ? await this.docs.replace(doc, selection.etag, doc.pk)
      : await this.docs.create(doc);
    return { roundId: saved.roundId, selected: saved.selected, etag: saved._etag };
  }
}
