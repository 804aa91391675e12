import type { LinkCaseRequest } from '@lagspill/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { LINK_RELATIONS, type LinkRelation } from '@lagspill/domain';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LinkCaseRequestDto implements LinkCaseRequest {
  @ApiProperty({ description: 'The other case: its id or reference', example: 'PLL-2026-000123' })
  @IsNotEmpty()
  @MaxLength(100)
  @IsString()
  case!: string;

  @ApiProperty({ enum: LINK_RELATIONS })
  @IsIn(LINK_RELATIONS)
  relation!: LinkRelation;
}
