/** The reviewers' view of the data on the server: the extracted dataset with corrections.csv applied, rejected facts kept. */
import { loadExtractedDataset } from '../data/load';
import { correctionsPath } from './config';
import { reviewStateFor, type ReviewState } from './review-state';

export function loadReviewState(file: string = correctionsPath()): ReviewState {
  return reviewStateFor(loadExtractedDataset(), file);
}
