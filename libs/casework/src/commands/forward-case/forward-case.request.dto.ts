import type { ForwardCaseRequest } from '@lagspill/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { CASE_HOLDER_ID, CASE_HOLDER_ID_MESSAGE } from '@lagspill/domain';
import { IsString, Matches, MaxLength } from 'class-validator';
import { MAX_REASON_LENGTH, NOT_BLANK, NOT_BLANK_MESSAGE } from '../shared/free-text';

export class ForwardCaseRequestDto implements ForwardCaseRequest {
  @ApiProperty({
    description:
      'The party to route the case to (GET /api/parties), or, by the working group, an organisation as ' +
      '`organisation:<id>` (GET /api/organisations)',
    example: 'nhn',
  })
  @Matches(CASE_HOLDER_ID, { message: `party ${CASE_HOLDER_ID_MESSAGE}` })
  @MaxLength(80)
  @IsString()
  party!: string;

  @ApiProperty({ description: 'Why the case goes there', maxLength: MAX_REASON_LENGTH })
  @Matches(NOT_BLANK, { message: NOT_BLANK_MESSAGE })
  @MaxLength(MAX_REASON_LENGTH)
  @IsString()
  reason!: string;
}
