import { OmitType } from '@nestjs/swagger';
import type { CaseListFilters } from '@lagspill/contracts';
import { ListCasesRequestDto } from './list-cases.request.dto';

/**
 * The filters of GET /api/cases without its paging, with the very same rules (OmitType carries the
 * validation and transformation metadata over): the query of the CSV export, and what a saved filter
 * keeps. A filter valid for one is valid for the others.
 */
export class CaseListFiltersDto
  extends OmitType(ListCasesRequestDto, ['limit', 'cursor'] as const)
  implements CaseListFilters {}
