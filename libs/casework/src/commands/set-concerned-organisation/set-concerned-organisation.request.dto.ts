import type { SetConcernedOrganisationRequest } from '@lagspill/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { ENTRY_ID } from '@lagspill/domain';
import { IsString, Matches, ValidateIf } from 'class-validator';

export class SetConcernedOrganisationRequestDto implements SetConcernedOrganisationRequest {
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'morkved-legesenter',
    description: 'The organisation the case concerns (an id of GET /api/organisations); null: none',
  })
  // null says "none" and is the one value that is not a string; a missing field is refused as not one.
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @Matches(ENTRY_ID, { message: 'organisation must be an organisation id such as "morkved-legesenter", or null' })
  organisation!: string | null;
}
